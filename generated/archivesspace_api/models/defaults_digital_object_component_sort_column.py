from typing import Literal

DefaultsDigitalObjectComponentSortColumn = Literal["publish", "score", "title", "uri"]

DEFAULTS_DIGITAL_OBJECT_COMPONENT_SORT_COLUMN_VALUES: set[
    DefaultsDigitalObjectComponentSortColumn
] = {
    "publish",
    "score",
    "title",
    "uri",
}


def check_defaults_digital_object_component_sort_column(
    value: str,
) -> DefaultsDigitalObjectComponentSortColumn:
    if value in DEFAULTS_DIGITAL_OBJECT_COMPONENT_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_DIGITAL_OBJECT_COMPONENT_SORT_COLUMN_VALUES!r}"
    )

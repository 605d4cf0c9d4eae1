from typing import Literal

DefaultsDigitalObjectSortColumn = Literal[
    "create_time",
    "digital_object_id",
    "digital_object_type",
    "level",
    "publish",
    "restrictions",
    "score",
    "title",
    "uri",
    "user_mtime",
]

DEFAULTS_DIGITAL_OBJECT_SORT_COLUMN_VALUES: set[DefaultsDigitalObjectSortColumn] = {
    "create_time",
    "digital_object_id",
    "digital_object_type",
    "level",
    "publish",
    "restrictions",
    "score",
    "title",
    "uri",
    "user_mtime",
}


def check_defaults_digital_object_sort_column(
    value: str,
) -> DefaultsDigitalObjectSortColumn:
    if value in DEFAULTS_DIGITAL_OBJECT_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_DIGITAL_OBJECT_SORT_COLUMN_VALUES!r}"
    )

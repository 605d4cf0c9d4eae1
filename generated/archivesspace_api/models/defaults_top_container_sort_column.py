from typing import Literal

DefaultsTopContainerSortColumn = Literal[
    "barcode", "indicator", "score", "title", "type", "uri"
]

DEFAULTS_TOP_CONTAINER_SORT_COLUMN_VALUES: set[DefaultsTopContainerSortColumn] = {
    "barcode",
    "indicator",
    "score",
    "title",
    "type",
    "uri",
}


def check_defaults_top_container_sort_column(
    value: str,
) -> DefaultsTopContainerSortColumn:
    if value in DEFAULTS_TOP_CONTAINER_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_TOP_CONTAINER_SORT_COLUMN_VALUES!r}"
    )

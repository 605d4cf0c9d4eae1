from typing import Literal

DefaultsMultiSortColumn = Literal[
    "create_time", "identifier", "primary_type", "score", "title", "uri", "user_mtime"
]

DEFAULTS_MULTI_SORT_COLUMN_VALUES: set[DefaultsMultiSortColumn] = {
    "create_time",
    "identifier",
    "primary_type",
    "score",
    "title",
    "uri",
    "user_mtime",
}


def check_defaults_multi_sort_column(value: str) -> DefaultsMultiSortColumn:
    if value in DEFAULTS_MULTI_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_MULTI_SORT_COLUMN_VALUES!r}"
    )

from typing import Literal

DefaultsArchivalObjectSortColumn = Literal[
    "identifier", "level", "publish", "ref_id", "score", "title", "uri"
]

DEFAULTS_ARCHIVAL_OBJECT_SORT_COLUMN_VALUES: set[DefaultsArchivalObjectSortColumn] = {
    "identifier",
    "level",
    "publish",
    "ref_id",
    "score",
    "title",
    "uri",
}


def check_defaults_archival_object_sort_column(
    value: str,
) -> DefaultsArchivalObjectSortColumn:
    if value in DEFAULTS_ARCHIVAL_OBJECT_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_ARCHIVAL_OBJECT_SORT_COLUMN_VALUES!r}"
    )

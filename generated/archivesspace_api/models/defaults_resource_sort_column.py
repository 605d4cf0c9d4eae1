from typing import Literal

DefaultsResourceSortColumn = Literal[
    "create_time",
    "ead_id",
    "finding_aid_status",
    "identifier",
    "level",
    "processing_priority",
    "processors",
    "publish",
    "resource_type",
    "restrictions",
    "score",
    "title",
    "uri",
    "user_mtime",
]

DEFAULTS_RESOURCE_SORT_COLUMN_VALUES: set[DefaultsResourceSortColumn] = {
    "create_time",
    "ead_id",
    "finding_aid_status",
    "identifier",
    "level",
    "processing_priority",
    "processors",
    "publish",
    "resource_type",
    "restrictions",
    "score",
    "title",
    "uri",
    "user_mtime",
}


def check_defaults_resource_sort_column(value: str) -> DefaultsResourceSortColumn:
    if value in DEFAULTS_RESOURCE_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_RESOURCE_SORT_COLUMN_VALUES!r}"
    )

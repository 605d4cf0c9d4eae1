from typing import Literal

MultiBrowseColumn = Literal[
    "audit_info",
    "context",
    "create_time",
    "dates",
    "extents",
    "identifier",
    "langcode",
    "no_value",
    "primary_type",
    "representative_file_version",
    "title",
    "uri",
    "user_mtime",
]

MULTI_BROWSE_COLUMN_VALUES: set[MultiBrowseColumn] = {
    "audit_info",
    "context",
    "create_time",
    "dates",
    "extents",
    "identifier",
    "langcode",
    "no_value",
    "primary_type",
    "representative_file_version",
    "title",
    "uri",
    "user_mtime",
}


def check_multi_browse_column(value: str) -> MultiBrowseColumn:
    if value in MULTI_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTI_BROWSE_COLUMN_VALUES!r}"
    )

from typing import Literal

ResourceBrowseColumn = Literal[
    "audit_info",
    "create_time",
    "dates",
    "ead_id",
    "extents",
    "finding_aid_status",
    "identifier",
    "langcode",
    "level",
    "no_value",
    "processing_priority",
    "processors",
    "publish",
    "representative_file_version",
    "resource_type",
    "restrictions",
    "title",
    "uri",
    "user_mtime",
]

RESOURCE_BROWSE_COLUMN_VALUES: set[ResourceBrowseColumn] = {
    "audit_info",
    "create_time",
    "dates",
    "ead_id",
    "extents",
    "finding_aid_status",
    "identifier",
    "langcode",
    "level",
    "no_value",
    "processing_priority",
    "processors",
    "publish",
    "representative_file_version",
    "resource_type",
    "restrictions",
    "title",
    "uri",
    "user_mtime",
}


def check_resource_browse_column(value: str) -> ResourceBrowseColumn:
    if value in RESOURCE_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_BROWSE_COLUMN_VALUES!r}"
    )

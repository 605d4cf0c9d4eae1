from typing import Literal

ArchivalObjectBrowseColumn = Literal[
    "audit_info",
    "context",
    "dates",
    "extents",
    "identifier",
    "langcode",
    "level",
    "no_value",
    "publish",
    "ref_id",
    "representative_file_version",
    "title",
    "uri",
]

ARCHIVAL_OBJECT_BROWSE_COLUMN_VALUES: set[ArchivalObjectBrowseColumn] = {
    "audit_info",
    "context",
    "dates",
    "extents",
    "identifier",
    "langcode",
    "level",
    "no_value",
    "publish",
    "ref_id",
    "representative_file_version",
    "title",
    "uri",
}


def check_archival_object_browse_column(value: str) -> ArchivalObjectBrowseColumn:
    if value in ARCHIVAL_OBJECT_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARCHIVAL_OBJECT_BROWSE_COLUMN_VALUES!r}"
    )

from typing import Literal

DigitalObjectBrowseColumn = Literal[
    "audit_info",
    "create_time",
    "dates",
    "digital_object_id",
    "digital_object_type",
    "extents",
    "langcode",
    "level",
    "no_value",
    "publish",
    "representative_file_version",
    "restrictions",
    "title",
    "uri",
    "user_mtime",
]

DIGITAL_OBJECT_BROWSE_COLUMN_VALUES: set[DigitalObjectBrowseColumn] = {
    "audit_info",
    "create_time",
    "dates",
    "digital_object_id",
    "digital_object_type",
    "extents",
    "langcode",
    "level",
    "no_value",
    "publish",
    "representative_file_version",
    "restrictions",
    "title",
    "uri",
    "user_mtime",
}


def check_digital_object_browse_column(value: str) -> DigitalObjectBrowseColumn:
    if value in DIGITAL_OBJECT_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIGITAL_OBJECT_BROWSE_COLUMN_VALUES!r}"
    )

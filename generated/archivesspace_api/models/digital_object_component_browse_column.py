from typing import Literal

DigitalObjectComponentBrowseColumn = Literal[
    "audit_info",
    "context",
    "dates",
    "extents",
    "langcode",
    "no_value",
    "publish",
    "representative_file_version",
    "title",
    "uri",
]

DIGITAL_OBJECT_COMPONENT_BROWSE_COLUMN_VALUES: set[
    DigitalObjectComponentBrowseColumn
] = {
    "audit_info",
    "context",
    "dates",
    "extents",
    "langcode",
    "no_value",
    "publish",
    "representative_file_version",
    "title",
    "uri",
}


def check_digital_object_component_browse_column(
    value: str,
) -> DigitalObjectComponentBrowseColumn:
    if value in DIGITAL_OBJECT_COMPONENT_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIGITAL_OBJECT_COMPONENT_BROWSE_COLUMN_VALUES!r}"
    )

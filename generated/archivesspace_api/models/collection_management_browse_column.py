from typing import Literal

CollectionManagementBrowseColumn = Literal[
    "audit_info",
    "no_value",
    "parent_title",
    "parent_type",
    "processing_funding_source",
    "processing_hours_total",
    "processing_priority",
    "processing_status",
    "processors",
    "uri",
]

COLLECTION_MANAGEMENT_BROWSE_COLUMN_VALUES: set[CollectionManagementBrowseColumn] = {
    "audit_info",
    "no_value",
    "parent_title",
    "parent_type",
    "processing_funding_source",
    "processing_hours_total",
    "processing_priority",
    "processing_status",
    "processors",
    "uri",
}


def check_collection_management_browse_column(
    value: str,
) -> CollectionManagementBrowseColumn:
    if value in COLLECTION_MANAGEMENT_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COLLECTION_MANAGEMENT_BROWSE_COLUMN_VALUES!r}"
    )

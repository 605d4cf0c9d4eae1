from typing import Literal

DefaultsCollectionManagementSortColumn = Literal[
    "parent_title",
    "parent_type",
    "processing_funding_source",
    "processing_hours_total",
    "processing_priority",
    "processing_status",
    "processors",
    "score",
    "uri",
]

DEFAULTS_COLLECTION_MANAGEMENT_SORT_COLUMN_VALUES: set[
    DefaultsCollectionManagementSortColumn
] = {
    "parent_title",
    "parent_type",
    "processing_funding_source",
    "processing_hours_total",
    "processing_priority",
    "processing_status",
    "processors",
    "score",
    "uri",
}


def check_defaults_collection_management_sort_column(
    value: str,
) -> DefaultsCollectionManagementSortColumn:
    if value in DEFAULTS_COLLECTION_MANAGEMENT_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_COLLECTION_MANAGEMENT_SORT_COLUMN_VALUES!r}"
    )

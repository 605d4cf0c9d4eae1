from typing import Literal

DefaultsTopContainerMgmtSortColumn = Literal[
    "barcode",
    "container_profile",
    "exported_to_ils",
    "ils_holding_id",
    "indicator",
    "internal_note",
    "location",
    "location_profile",
    "resource_accession",
    "restricted",
    "series",
    "type",
]

DEFAULTS_TOP_CONTAINER_MGMT_SORT_COLUMN_VALUES: set[
    DefaultsTopContainerMgmtSortColumn
] = {
    "barcode",
    "container_profile",
    "exported_to_ils",
    "ils_holding_id",
    "indicator",
    "internal_note",
    "location",
    "location_profile",
    "resource_accession",
    "restricted",
    "series",
    "type",
}


def check_defaults_top_container_mgmt_sort_column(
    value: str,
) -> DefaultsTopContainerMgmtSortColumn:
    if value in DEFAULTS_TOP_CONTAINER_MGMT_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_TOP_CONTAINER_MGMT_SORT_COLUMN_VALUES!r}"
    )

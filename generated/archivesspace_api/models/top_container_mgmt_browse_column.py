from typing import Literal

TopContainerMgmtBrowseColumn = Literal[
    "barcode",
    "container_profile",
    "exported_to_ils",
    "ils_holding_id",
    "indicator",
    "internal_note",
    "location",
    "location_profile",
    "no_value",
    "resource_accession",
    "resource_accession_id",
    "restricted",
    "series",
    "type",
]

TOP_CONTAINER_MGMT_BROWSE_COLUMN_VALUES: set[TopContainerMgmtBrowseColumn] = {
    "barcode",
    "container_profile",
    "exported_to_ils",
    "ils_holding_id",
    "indicator",
    "internal_note",
    "location",
    "location_profile",
    "no_value",
    "resource_accession",
    "resource_accession_id",
    "restricted",
    "series",
    "type",
}


def check_top_container_mgmt_browse_column(value: str) -> TopContainerMgmtBrowseColumn:
    if value in TOP_CONTAINER_MGMT_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOP_CONTAINER_MGMT_BROWSE_COLUMN_VALUES!r}"
    )

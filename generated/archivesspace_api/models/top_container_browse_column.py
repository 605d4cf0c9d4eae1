from typing import Literal

TopContainerBrowseColumn = Literal[
    "audit_info",
    "barcode",
    "container_profile_display_string_u_sstr",
    "context",
    "indicator",
    "location_display_string_u_sstr",
    "no_value",
    "title",
    "type",
    "uri",
]

TOP_CONTAINER_BROWSE_COLUMN_VALUES: set[TopContainerBrowseColumn] = {
    "audit_info",
    "barcode",
    "container_profile_display_string_u_sstr",
    "context",
    "indicator",
    "location_display_string_u_sstr",
    "no_value",
    "title",
    "type",
    "uri",
}


def check_top_container_browse_column(value: str) -> TopContainerBrowseColumn:
    if value in TOP_CONTAINER_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOP_CONTAINER_BROWSE_COLUMN_VALUES!r}"
    )

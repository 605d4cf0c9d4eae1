from typing import Literal

LocationBrowseColumn = Literal[
    "area",
    "audit_info",
    "building",
    "floor",
    "location_holdings",
    "location_profile_display_string_u_ssort",
    "no_value",
    "owner_repo_display_string_u_ssort",
    "room",
    "temporary",
    "title",
    "uri",
]

LOCATION_BROWSE_COLUMN_VALUES: set[LocationBrowseColumn] = {
    "area",
    "audit_info",
    "building",
    "floor",
    "location_holdings",
    "location_profile_display_string_u_ssort",
    "no_value",
    "owner_repo_display_string_u_ssort",
    "room",
    "temporary",
    "title",
    "uri",
}


def check_location_browse_column(value: str) -> LocationBrowseColumn:
    if value in LOCATION_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCATION_BROWSE_COLUMN_VALUES!r}"
    )

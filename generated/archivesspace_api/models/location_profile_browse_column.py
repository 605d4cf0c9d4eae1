from typing import Literal

LocationProfileBrowseColumn = Literal[
    "audit_info",
    "location_profile_depth_u_sstr",
    "location_profile_dimension_units_u_sstr",
    "location_profile_height_u_sstr",
    "location_profile_width_u_sstr",
    "no_value",
    "title",
    "uri",
]

LOCATION_PROFILE_BROWSE_COLUMN_VALUES: set[LocationProfileBrowseColumn] = {
    "audit_info",
    "location_profile_depth_u_sstr",
    "location_profile_dimension_units_u_sstr",
    "location_profile_height_u_sstr",
    "location_profile_width_u_sstr",
    "no_value",
    "title",
    "uri",
}


def check_location_profile_browse_column(value: str) -> LocationProfileBrowseColumn:
    if value in LOCATION_PROFILE_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCATION_PROFILE_BROWSE_COLUMN_VALUES!r}"
    )

from typing import Literal

ContainerProfileBrowseColumn = Literal[
    "audit_info",
    "container_profile_depth_u_sstr",
    "container_profile_dimension_units_u_sstr",
    "container_profile_height_u_sstr",
    "container_profile_width_u_sstr",
    "no_value",
    "notes",
    "title",
    "uri",
]

CONTAINER_PROFILE_BROWSE_COLUMN_VALUES: set[ContainerProfileBrowseColumn] = {
    "audit_info",
    "container_profile_depth_u_sstr",
    "container_profile_dimension_units_u_sstr",
    "container_profile_height_u_sstr",
    "container_profile_width_u_sstr",
    "no_value",
    "notes",
    "title",
    "uri",
}


def check_container_profile_browse_column(value: str) -> ContainerProfileBrowseColumn:
    if value in CONTAINER_PROFILE_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_PROFILE_BROWSE_COLUMN_VALUES!r}"
    )

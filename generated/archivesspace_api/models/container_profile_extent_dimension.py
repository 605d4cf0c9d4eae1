from typing import Literal

ContainerProfileExtentDimension = Literal["depth", "height", "width"]

CONTAINER_PROFILE_EXTENT_DIMENSION_VALUES: set[ContainerProfileExtentDimension] = {
    "depth",
    "height",
    "width",
}


def check_container_profile_extent_dimension(
    value: str,
) -> ContainerProfileExtentDimension:
    if value in CONTAINER_PROFILE_EXTENT_DIMENSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTAINER_PROFILE_EXTENT_DIMENSION_VALUES!r}"
    )

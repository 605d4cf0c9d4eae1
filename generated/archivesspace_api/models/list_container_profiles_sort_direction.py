from typing import Literal

ListContainerProfilesSortDirection = Literal["asc", "desc"]

LIST_CONTAINER_PROFILES_SORT_DIRECTION_VALUES: set[
    ListContainerProfilesSortDirection
] = {
    "asc",
    "desc",
}


def check_list_container_profiles_sort_direction(
    value: str,
) -> ListContainerProfilesSortDirection:
    if value in LIST_CONTAINER_PROFILES_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CONTAINER_PROFILES_SORT_DIRECTION_VALUES!r}"
    )

from typing import Literal

ListLocationProfilesSortDirection = Literal["asc", "desc"]

LIST_LOCATION_PROFILES_SORT_DIRECTION_VALUES: set[ListLocationProfilesSortDirection] = {
    "asc",
    "desc",
}


def check_list_location_profiles_sort_direction(
    value: str,
) -> ListLocationProfilesSortDirection:
    if value in LIST_LOCATION_PROFILES_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_LOCATION_PROFILES_SORT_DIRECTION_VALUES!r}"
    )

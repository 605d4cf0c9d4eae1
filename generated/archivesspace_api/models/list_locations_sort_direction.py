from typing import Literal

ListLocationsSortDirection = Literal["asc", "desc"]

LIST_LOCATIONS_SORT_DIRECTION_VALUES: set[ListLocationsSortDirection] = {
    "asc",
    "desc",
}


def check_list_locations_sort_direction(value: str) -> ListLocationsSortDirection:
    if value in LIST_LOCATIONS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_LOCATIONS_SORT_DIRECTION_VALUES!r}"
    )

from typing import Literal

BrowseSortDirection = Literal["asc", "desc"]

BROWSE_SORT_DIRECTION_VALUES: set[BrowseSortDirection] = {
    "asc",
    "desc",
}


def check_browse_sort_direction(value: str) -> BrowseSortDirection:
    if value in BROWSE_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BROWSE_SORT_DIRECTION_VALUES!r}"
    )

from typing import Literal

GetDeleteFeedSortDirection = Literal["asc", "desc"]

GET_DELETE_FEED_SORT_DIRECTION_VALUES: set[GetDeleteFeedSortDirection] = {
    "asc",
    "desc",
}


def check_get_delete_feed_sort_direction(value: str) -> GetDeleteFeedSortDirection:
    if value in GET_DELETE_FEED_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_DELETE_FEED_SORT_DIRECTION_VALUES!r}"
    )

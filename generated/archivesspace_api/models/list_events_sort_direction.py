from typing import Literal

ListEventsSortDirection = Literal["asc", "desc"]

LIST_EVENTS_SORT_DIRECTION_VALUES: set[ListEventsSortDirection] = {
    "asc",
    "desc",
}


def check_list_events_sort_direction(value: str) -> ListEventsSortDirection:
    if value in LIST_EVENTS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_EVENTS_SORT_DIRECTION_VALUES!r}"
    )

from typing import Literal

ListResourcesSortDirection = Literal["asc", "desc"]

LIST_RESOURCES_SORT_DIRECTION_VALUES: set[ListResourcesSortDirection] = {
    "asc",
    "desc",
}


def check_list_resources_sort_direction(value: str) -> ListResourcesSortDirection:
    if value in LIST_RESOURCES_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RESOURCES_SORT_DIRECTION_VALUES!r}"
    )

from typing import Literal

ListTopContainersSortDirection = Literal["asc", "desc"]

LIST_TOP_CONTAINERS_SORT_DIRECTION_VALUES: set[ListTopContainersSortDirection] = {
    "asc",
    "desc",
}


def check_list_top_containers_sort_direction(
    value: str,
) -> ListTopContainersSortDirection:
    if value in LIST_TOP_CONTAINERS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TOP_CONTAINERS_SORT_DIRECTION_VALUES!r}"
    )

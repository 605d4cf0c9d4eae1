from typing import Literal

ListUsersSortDirection = Literal["asc", "desc"]

LIST_USERS_SORT_DIRECTION_VALUES: set[ListUsersSortDirection] = {
    "asc",
    "desc",
}


def check_list_users_sort_direction(value: str) -> ListUsersSortDirection:
    if value in LIST_USERS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_USERS_SORT_DIRECTION_VALUES!r}"
    )

from typing import Literal

ListArchivalObjectsSortDirection = Literal["asc", "desc"]

LIST_ARCHIVAL_OBJECTS_SORT_DIRECTION_VALUES: set[ListArchivalObjectsSortDirection] = {
    "asc",
    "desc",
}


def check_list_archival_objects_sort_direction(
    value: str,
) -> ListArchivalObjectsSortDirection:
    if value in LIST_ARCHIVAL_OBJECTS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ARCHIVAL_OBJECTS_SORT_DIRECTION_VALUES!r}"
    )

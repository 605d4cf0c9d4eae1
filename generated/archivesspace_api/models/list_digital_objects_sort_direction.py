from typing import Literal

ListDigitalObjectsSortDirection = Literal["asc", "desc"]

LIST_DIGITAL_OBJECTS_SORT_DIRECTION_VALUES: set[ListDigitalObjectsSortDirection] = {
    "asc",
    "desc",
}


def check_list_digital_objects_sort_direction(
    value: str,
) -> ListDigitalObjectsSortDirection:
    if value in LIST_DIGITAL_OBJECTS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DIGITAL_OBJECTS_SORT_DIRECTION_VALUES!r}"
    )

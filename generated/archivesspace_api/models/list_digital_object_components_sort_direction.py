from typing import Literal

ListDigitalObjectComponentsSortDirection = Literal["asc", "desc"]

LIST_DIGITAL_OBJECT_COMPONENTS_SORT_DIRECTION_VALUES: set[
    ListDigitalObjectComponentsSortDirection
] = {
    "asc",
    "desc",
}


def check_list_digital_object_components_sort_direction(
    value: str,
) -> ListDigitalObjectComponentsSortDirection:
    if value in LIST_DIGITAL_OBJECT_COMPONENTS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DIGITAL_OBJECT_COMPONENTS_SORT_DIRECTION_VALUES!r}"
    )

from typing import Literal

ListClassificationsSortDirection = Literal["asc", "desc"]

LIST_CLASSIFICATIONS_SORT_DIRECTION_VALUES: set[ListClassificationsSortDirection] = {
    "asc",
    "desc",
}


def check_list_classifications_sort_direction(
    value: str,
) -> ListClassificationsSortDirection:
    if value in LIST_CLASSIFICATIONS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CLASSIFICATIONS_SORT_DIRECTION_VALUES!r}"
    )

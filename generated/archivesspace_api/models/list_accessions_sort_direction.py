from typing import Literal

ListAccessionsSortDirection = Literal["asc", "desc"]

LIST_ACCESSIONS_SORT_DIRECTION_VALUES: set[ListAccessionsSortDirection] = {
    "asc",
    "desc",
}


def check_list_accessions_sort_direction(value: str) -> ListAccessionsSortDirection:
    if value in LIST_ACCESSIONS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ACCESSIONS_SORT_DIRECTION_VALUES!r}"
    )

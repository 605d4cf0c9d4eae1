from typing import Literal

ListSubjectsSortDirection = Literal["asc", "desc"]

LIST_SUBJECTS_SORT_DIRECTION_VALUES: set[ListSubjectsSortDirection] = {
    "asc",
    "desc",
}


def check_list_subjects_sort_direction(value: str) -> ListSubjectsSortDirection:
    if value in LIST_SUBJECTS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SUBJECTS_SORT_DIRECTION_VALUES!r}"
    )

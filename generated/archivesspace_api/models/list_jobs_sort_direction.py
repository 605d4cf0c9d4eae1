from typing import Literal

ListJobsSortDirection = Literal["asc", "desc"]

LIST_JOBS_SORT_DIRECTION_VALUES: set[ListJobsSortDirection] = {
    "asc",
    "desc",
}


def check_list_jobs_sort_direction(value: str) -> ListJobsSortDirection:
    if value in LIST_JOBS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_JOBS_SORT_DIRECTION_VALUES!r}"
    )

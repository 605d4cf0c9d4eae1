from typing import Literal

ListJobsArchivedSortDirection = Literal["asc", "desc"]

LIST_JOBS_ARCHIVED_SORT_DIRECTION_VALUES: set[ListJobsArchivedSortDirection] = {
    "asc",
    "desc",
}


def check_list_jobs_archived_sort_direction(
    value: str,
) -> ListJobsArchivedSortDirection:
    if value in LIST_JOBS_ARCHIVED_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_JOBS_ARCHIVED_SORT_DIRECTION_VALUES!r}"
    )

from typing import Literal

ListJobRecordsSortDirection = Literal["asc", "desc"]

LIST_JOB_RECORDS_SORT_DIRECTION_VALUES: set[ListJobRecordsSortDirection] = {
    "asc",
    "desc",
}


def check_list_job_records_sort_direction(value: str) -> ListJobRecordsSortDirection:
    if value in LIST_JOB_RECORDS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_JOB_RECORDS_SORT_DIRECTION_VALUES!r}"
    )

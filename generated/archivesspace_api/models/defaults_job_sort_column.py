from typing import Literal

DefaultsJobSortColumn = Literal[
    "job_report_type",
    "score",
    "status",
    "time_finished",
    "time_started",
    "time_submitted",
    "uri",
]

DEFAULTS_JOB_SORT_COLUMN_VALUES: set[DefaultsJobSortColumn] = {
    "job_report_type",
    "score",
    "status",
    "time_finished",
    "time_started",
    "time_submitted",
    "uri",
}


def check_defaults_job_sort_column(value: str) -> DefaultsJobSortColumn:
    if value in DEFAULTS_JOB_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_JOB_SORT_COLUMN_VALUES!r}"
    )

from typing import Literal

JobBrowseColumn = Literal[
    "audit_info",
    "job_data",
    "job_report_type",
    "no_value",
    "status",
    "time_finished",
    "time_started",
    "time_submitted",
    "uri",
]

JOB_BROWSE_COLUMN_VALUES: set[JobBrowseColumn] = {
    "audit_info",
    "job_data",
    "job_report_type",
    "no_value",
    "status",
    "time_finished",
    "time_started",
    "time_submitted",
    "uri",
}


def check_job_browse_column(value: str) -> JobBrowseColumn:
    if value in JOB_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOB_BROWSE_COLUMN_VALUES!r}"
    )

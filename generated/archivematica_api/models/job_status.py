from typing import Literal

JobStatus = Literal["COMPLETE", "FAILED", "PROCESSING", "UNKNOWN", "USER_INPUT"]

JOB_STATUS_VALUES: set[JobStatus] = {
    "COMPLETE",
    "FAILED",
    "PROCESSING",
    "UNKNOWN",
    "USER_INPUT",
}


def check_job_status(value: str) -> JobStatus:
    if value in JOB_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {JOB_STATUS_VALUES!r}"
    )

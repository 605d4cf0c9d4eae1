from typing import Literal

UnitStatus = Literal["COMPLETE", "FAILED", "PROCESSING", "REJECTED", "USER_INPUT"]

UNIT_STATUS_VALUES: set[UnitStatus] = {
    "COMPLETE",
    "FAILED",
    "PROCESSING",
    "REJECTED",
    "USER_INPUT",
}


def check_unit_status(value: str) -> UnitStatus:
    if value in UNIT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UNIT_STATUS_VALUES!r}"
    )

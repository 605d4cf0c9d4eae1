from typing import Literal

PackageStatus = Literal[
    "DELETED",
    "DEL_REQ",
    "FAIL",
    "FINALIZE",
    "MOVING",
    "PENDING",
    "RECOVER_REQ",
    "STAGING",
    "UPLOADED",
    "VERIFIED",
]

PACKAGE_STATUS_VALUES: set[PackageStatus] = {
    "DELETED",
    "DEL_REQ",
    "FAIL",
    "FINALIZE",
    "MOVING",
    "PENDING",
    "RECOVER_REQ",
    "STAGING",
    "UPLOADED",
    "VERIFIED",
}


def check_package_status(value: str) -> PackageStatus:
    if value in PACKAGE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PACKAGE_STATUS_VALUES!r}"
    )

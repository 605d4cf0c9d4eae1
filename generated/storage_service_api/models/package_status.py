from typing import Literal

PackageStatus = Literal[
    "DEL_REQ",
    "DELETED",
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
    "DEL_REQ",
    "DELETED",
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

from typing import Literal

PackageType = Literal["AIC", "AIP", "DIP", "SIP", "deposit", "file", "transfer"]

PACKAGE_TYPE_VALUES: set[PackageType] = {
    "AIC",
    "AIP",
    "DIP",
    "SIP",
    "deposit",
    "file",
    "transfer",
}


def check_package_type(value: str) -> PackageType:
    if value in PACKAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PACKAGE_TYPE_VALUES!r}"
    )

from typing import Literal

PackageType = Literal[
    "dataverse",
    "disk image",
    "dspace",
    "maildir",
    "standard",
    "TRIM",
    "unzipped bag",
    "zipfile",
    "zipped bag",
]

PACKAGE_TYPE_VALUES: set[PackageType] = {
    "dataverse",
    "disk image",
    "dspace",
    "maildir",
    "standard",
    "TRIM",
    "unzipped bag",
    "zipfile",
    "zipped bag",
}


def check_package_type(value: str) -> PackageType:
    if value in PACKAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PACKAGE_TYPE_VALUES!r}"
    )

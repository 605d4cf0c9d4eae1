from typing import Literal

PackageType = Literal[
    "TRIM",
    "dataverse",
    "disk image",
    "dspace",
    "maildir",
    "standard",
    "unzipped bag",
    "zipfile",
    "zipped bag",
]

PACKAGE_TYPE_VALUES: set[PackageType] = {
    "TRIM",
    "dataverse",
    "disk image",
    "dspace",
    "maildir",
    "standard",
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

from typing import Literal

TransferType = Literal[
    "TRIM",
    "dataverse",
    "dspace",
    "maildir",
    "standard",
    "unzipped bag",
    "zipfile",
    "zipped bag",
]

TRANSFER_TYPE_VALUES: set[TransferType] = {
    "TRIM",
    "dataverse",
    "dspace",
    "maildir",
    "standard",
    "unzipped bag",
    "zipfile",
    "zipped bag",
}


def check_transfer_type(value: str) -> TransferType:
    if value in TRANSFER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TRANSFER_TYPE_VALUES!r}"
    )

from typing import Literal

TransferType = Literal[
    "dataverse",
    "dspace",
    "maildir",
    "standard",
    "TRIM",
    "unzipped bag",
    "zipfile",
    "zipped bag",
]

TRANSFER_TYPE_VALUES: set[TransferType] = {
    "dataverse",
    "dspace",
    "maildir",
    "standard",
    "TRIM",
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

from typing import Literal

ReingestType = Literal["full", "metadata", "objects"]

REINGEST_TYPE_VALUES: set[ReingestType] = {
    "full",
    "metadata",
    "objects",
}


def check_reingest_type(value: str) -> ReingestType:
    if value in REINGEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REINGEST_TYPE_VALUES!r}"
    )

from typing import Literal

LocationPurpose = Literal["AR", "AS", "BL", "CP", "DS", "RP", "SD", "SS", "TS"]

LOCATION_PURPOSE_VALUES: set[LocationPurpose] = {
    "AR",
    "AS",
    "BL",
    "CP",
    "DS",
    "RP",
    "SD",
    "SS",
    "TS",
}


def check_location_purpose(value: str) -> LocationPurpose:
    if value in LOCATION_PURPOSE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCATION_PURPOSE_VALUES!r}"
    )

from typing import Literal

ValidatorName = Literal["avalon", "rights"]

VALIDATOR_NAME_VALUES: set[ValidatorName] = {
    "avalon",
    "rights",
}


def check_validator_name(value: str) -> ValidatorName:
    if value in VALIDATOR_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VALIDATOR_NAME_VALUES!r}"
    )

from typing import Literal

CreateLocationSwordDepositInProgress = Literal["false", "true"]

CREATE_LOCATION_SWORD_DEPOSIT_IN_PROGRESS_VALUES: set[
    CreateLocationSwordDepositInProgress
] = {
    "false",
    "true",
}


def check_create_location_sword_deposit_in_progress(
    value: str,
) -> CreateLocationSwordDepositInProgress:
    if value in CREATE_LOCATION_SWORD_DEPOSIT_IN_PROGRESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_LOCATION_SWORD_DEPOSIT_IN_PROGRESS_VALUES!r}"
    )

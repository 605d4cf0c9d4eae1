from typing import Literal

UpdatePackageSwordDepositInProgress = Literal["false", "true"]

UPDATE_PACKAGE_SWORD_DEPOSIT_IN_PROGRESS_VALUES: set[
    UpdatePackageSwordDepositInProgress
] = {
    "false",
    "true",
}


def check_update_package_sword_deposit_in_progress(
    value: str,
) -> UpdatePackageSwordDepositInProgress:
    if value in UPDATE_PACKAGE_SWORD_DEPOSIT_IN_PROGRESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PACKAGE_SWORD_DEPOSIT_IN_PROGRESS_VALUES!r}"
    )

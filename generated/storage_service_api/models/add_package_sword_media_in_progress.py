from typing import Literal

AddPackageSwordMediaInProgress = Literal["false", "true"]

ADD_PACKAGE_SWORD_MEDIA_IN_PROGRESS_VALUES: set[AddPackageSwordMediaInProgress] = {
    "false",
    "true",
}


def check_add_package_sword_media_in_progress(
    value: str,
) -> AddPackageSwordMediaInProgress:
    if value in ADD_PACKAGE_SWORD_MEDIA_IN_PROGRESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_PACKAGE_SWORD_MEDIA_IN_PROGRESS_VALUES!r}"
    )

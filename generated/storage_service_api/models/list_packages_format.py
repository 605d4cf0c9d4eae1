from typing import Literal

ListPackagesFormat = Literal["json"]

LIST_PACKAGES_FORMAT_VALUES: set[ListPackagesFormat] = {
    "json",
}


def check_list_packages_format(value: str) -> ListPackagesFormat:
    if value in LIST_PACKAGES_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PACKAGES_FORMAT_VALUES!r}"
    )

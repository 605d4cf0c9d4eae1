from typing import Literal

ListPermissionsLevel = Literal["all", "global", "repository"]

LIST_PERMISSIONS_LEVEL_VALUES: set[ListPermissionsLevel] = {
    "all",
    "global",
    "repository",
}


def check_list_permissions_level(value: str) -> ListPermissionsLevel:
    if value in LIST_PERMISSIONS_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PERMISSIONS_LEVEL_VALUES!r}"
    )

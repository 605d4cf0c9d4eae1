from typing import Literal

PermissionLevel = Literal["global", "repository"]

PERMISSION_LEVEL_VALUES: set[PermissionLevel] = {
    "global",
    "repository",
}


def check_permission_level(value: str) -> PermissionLevel:
    if value in PERMISSION_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PERMISSION_LEVEL_VALUES!r}"
    )

from typing import Literal

CheckPackageFixityForceLocal = Literal["1", "True", "true"]

CHECK_PACKAGE_FIXITY_FORCE_LOCAL_VALUES: set[CheckPackageFixityForceLocal] = {
    "1",
    "True",
    "true",
}


def check_check_package_fixity_force_local(value: str) -> CheckPackageFixityForceLocal:
    if value in CHECK_PACKAGE_FIXITY_FORCE_LOCAL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHECK_PACKAGE_FIXITY_FORCE_LOCAL_VALUES!r}"
    )

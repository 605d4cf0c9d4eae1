from typing import Literal

AddPackageSwordMediaPackaging = Literal["METS"]

ADD_PACKAGE_SWORD_MEDIA_PACKAGING_VALUES: set[AddPackageSwordMediaPackaging] = {
    "METS",
}


def check_add_package_sword_media_packaging(
    value: str,
) -> AddPackageSwordMediaPackaging:
    if value in ADD_PACKAGE_SWORD_MEDIA_PACKAGING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_PACKAGE_SWORD_MEDIA_PACKAGING_VALUES!r}"
    )

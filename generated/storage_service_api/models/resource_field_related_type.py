from typing import Literal

ResourceFieldRelatedType = Literal["to_many", "to_one"]

RESOURCE_FIELD_RELATED_TYPE_VALUES: set[ResourceFieldRelatedType] = {
    "to_many",
    "to_one",
}


def check_resource_field_related_type(value: str) -> ResourceFieldRelatedType:
    if value in RESOURCE_FIELD_RELATED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_FIELD_RELATED_TYPE_VALUES!r}"
    )

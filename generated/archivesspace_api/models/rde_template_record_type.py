from typing import Literal

RdeTemplateRecordType = Literal["archival_object", "digital_object_component"]

RDE_TEMPLATE_RECORD_TYPE_VALUES: set[RdeTemplateRecordType] = {
    "archival_object",
    "digital_object_component",
}


def check_rde_template_record_type(value: str) -> RdeTemplateRecordType:
    if value in RDE_TEMPLATE_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RDE_TEMPLATE_RECORD_TYPE_VALUES!r}"
    )

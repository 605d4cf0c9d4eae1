from typing import Literal

DefaultValuesRecordType = Literal[
    "accession",
    "agent_corporate_entity",
    "agent_family",
    "agent_person",
    "agent_software",
    "archival_object",
    "classification",
    "classification_term",
    "container_profile",
    "digital_object",
    "digital_object_component",
    "event",
    "location",
    "resource",
    "subject",
]

DEFAULT_VALUES_RECORD_TYPE_VALUES: set[DefaultValuesRecordType] = {
    "accession",
    "agent_corporate_entity",
    "agent_family",
    "agent_person",
    "agent_software",
    "archival_object",
    "classification",
    "classification_term",
    "container_profile",
    "digital_object",
    "digital_object_component",
    "event",
    "location",
    "resource",
    "subject",
}


def check_default_values_record_type(value: str) -> DefaultValuesRecordType:
    if value in DEFAULT_VALUES_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULT_VALUES_RECORD_TYPE_VALUES!r}"
    )

from typing import Literal

RequiredFieldsRecordType = Literal[
    "accession",
    "agent_corporate_entity",
    "agent_family",
    "agent_person",
    "agent_software",
    "archival_object",
    "classification",
    "classification_term",
    "digital_object",
    "digital_object_component",
    "event",
    "location",
    "resource",
    "subject",
]

REQUIRED_FIELDS_RECORD_TYPE_VALUES: set[RequiredFieldsRecordType] = {
    "accession",
    "agent_corporate_entity",
    "agent_family",
    "agent_person",
    "agent_software",
    "archival_object",
    "classification",
    "classification_term",
    "digital_object",
    "digital_object_component",
    "event",
    "location",
    "resource",
    "subject",
}


def check_required_fields_record_type(value: str) -> RequiredFieldsRecordType:
    if value in REQUIRED_FIELDS_RECORD_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUIRED_FIELDS_RECORD_TYPE_VALUES!r}"
    )

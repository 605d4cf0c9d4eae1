from typing import Literal

AssessmentAttributeDefinitionType = Literal["conservation_issue", "format", "rating"]

ASSESSMENT_ATTRIBUTE_DEFINITION_TYPE_VALUES: set[AssessmentAttributeDefinitionType] = {
    "conservation_issue",
    "format",
    "rating",
}


def check_assessment_attribute_definition_type(
    value: str,
) -> AssessmentAttributeDefinitionType:
    if value in ASSESSMENT_ATTRIBUTE_DEFINITION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSESSMENT_ATTRIBUTE_DEFINITION_TYPE_VALUES!r}"
    )

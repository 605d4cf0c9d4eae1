from typing import Literal

AssessmentBrowseColumn = Literal[
    "assessment_collections",
    "assessment_completed",
    "assessment_conservation_issues",
    "assessment_formats",
    "assessment_id",
    "assessment_inactive",
    "assessment_ratings",
    "assessment_record_types",
    "assessment_records",
    "assessment_review_required",
    "assessment_sensitive_material",
    "assessment_survey_begin",
    "assessment_survey_year",
    "assessment_surveyors",
    "audit_info",
    "no_value",
    "uri",
]

ASSESSMENT_BROWSE_COLUMN_VALUES: set[AssessmentBrowseColumn] = {
    "assessment_collections",
    "assessment_completed",
    "assessment_conservation_issues",
    "assessment_formats",
    "assessment_id",
    "assessment_inactive",
    "assessment_ratings",
    "assessment_record_types",
    "assessment_records",
    "assessment_review_required",
    "assessment_sensitive_material",
    "assessment_survey_begin",
    "assessment_survey_year",
    "assessment_surveyors",
    "audit_info",
    "no_value",
    "uri",
}


def check_assessment_browse_column(value: str) -> AssessmentBrowseColumn:
    if value in ASSESSMENT_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ASSESSMENT_BROWSE_COLUMN_VALUES!r}"
    )

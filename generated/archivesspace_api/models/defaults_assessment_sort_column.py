from typing import Literal

DefaultsAssessmentSortColumn = Literal[
    "assessment_completed",
    "assessment_id",
    "assessment_inactive",
    "assessment_review_required",
    "assessment_sensitive_material",
    "assessment_survey_begin",
    "score",
    "uri",
]

DEFAULTS_ASSESSMENT_SORT_COLUMN_VALUES: set[DefaultsAssessmentSortColumn] = {
    "assessment_completed",
    "assessment_id",
    "assessment_inactive",
    "assessment_review_required",
    "assessment_sensitive_material",
    "assessment_survey_begin",
    "score",
    "uri",
}


def check_defaults_assessment_sort_column(value: str) -> DefaultsAssessmentSortColumn:
    if value in DEFAULTS_ASSESSMENT_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_ASSESSMENT_SORT_COLUMN_VALUES!r}"
    )

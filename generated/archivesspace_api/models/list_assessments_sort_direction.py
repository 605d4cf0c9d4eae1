from typing import Literal

ListAssessmentsSortDirection = Literal["asc", "desc"]

LIST_ASSESSMENTS_SORT_DIRECTION_VALUES: set[ListAssessmentsSortDirection] = {
    "asc",
    "desc",
}


def check_list_assessments_sort_direction(value: str) -> ListAssessmentsSortDirection:
    if value in LIST_ASSESSMENTS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ASSESSMENTS_SORT_DIRECTION_VALUES!r}"
    )

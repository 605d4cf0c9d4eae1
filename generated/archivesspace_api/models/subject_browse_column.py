from typing import Literal

SubjectBrowseColumn = Literal[
    "audit_info", "first_term_type", "no_value", "source", "title", "uri"
]

SUBJECT_BROWSE_COLUMN_VALUES: set[SubjectBrowseColumn] = {
    "audit_info",
    "first_term_type",
    "no_value",
    "source",
    "title",
    "uri",
}


def check_subject_browse_column(value: str) -> SubjectBrowseColumn:
    if value in SUBJECT_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBJECT_BROWSE_COLUMN_VALUES!r}"
    )

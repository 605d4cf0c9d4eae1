from typing import Literal

DefaultsSubjectSortColumn = Literal[
    "first_term_type", "score", "source", "title", "uri"
]

DEFAULTS_SUBJECT_SORT_COLUMN_VALUES: set[DefaultsSubjectSortColumn] = {
    "first_term_type",
    "score",
    "source",
    "title",
    "uri",
}


def check_defaults_subject_sort_column(value: str) -> DefaultsSubjectSortColumn:
    if value in DEFAULTS_SUBJECT_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_SUBJECT_SORT_COLUMN_VALUES!r}"
    )

from typing import Literal

DefaultsClassificationSortColumn = Literal[
    "has_classification_terms", "identifier", "score", "title", "uri"
]

DEFAULTS_CLASSIFICATION_SORT_COLUMN_VALUES: set[DefaultsClassificationSortColumn] = {
    "has_classification_terms",
    "identifier",
    "score",
    "title",
    "uri",
}


def check_defaults_classification_sort_column(
    value: str,
) -> DefaultsClassificationSortColumn:
    if value in DEFAULTS_CLASSIFICATION_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_CLASSIFICATION_SORT_COLUMN_VALUES!r}"
    )

from typing import Literal

ClassificationBrowseColumn = Literal[
    "audit_info", "has_classification_terms", "identifier", "no_value", "title", "uri"
]

CLASSIFICATION_BROWSE_COLUMN_VALUES: set[ClassificationBrowseColumn] = {
    "audit_info",
    "has_classification_terms",
    "identifier",
    "no_value",
    "title",
    "uri",
}


def check_classification_browse_column(value: str) -> ClassificationBrowseColumn:
    if value in CLASSIFICATION_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLASSIFICATION_BROWSE_COLUMN_VALUES!r}"
    )

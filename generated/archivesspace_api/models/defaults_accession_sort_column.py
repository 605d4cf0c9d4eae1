from typing import Literal

DefaultsAccessionSortColumn = Literal[
    "access_restrictions",
    "accession_date",
    "acquisition_type",
    "create_time",
    "identifier",
    "processing_priority",
    "processors",
    "publish",
    "resource_type",
    "restrictions_apply",
    "score",
    "title",
    "uri",
    "use_restrictions",
    "user_mtime",
]

DEFAULTS_ACCESSION_SORT_COLUMN_VALUES: set[DefaultsAccessionSortColumn] = {
    "access_restrictions",
    "accession_date",
    "acquisition_type",
    "create_time",
    "identifier",
    "processing_priority",
    "processors",
    "publish",
    "resource_type",
    "restrictions_apply",
    "score",
    "title",
    "uri",
    "use_restrictions",
    "user_mtime",
}


def check_defaults_accession_sort_column(value: str) -> DefaultsAccessionSortColumn:
    if value in DEFAULTS_ACCESSION_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_ACCESSION_SORT_COLUMN_VALUES!r}"
    )

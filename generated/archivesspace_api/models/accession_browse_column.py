from typing import Literal

AccessionBrowseColumn = Literal[
    "access_restrictions",
    "accession_date",
    "acquisition_type",
    "audit_info",
    "create_time",
    "dates",
    "extents",
    "identifier",
    "no_value",
    "processing_priority",
    "processors",
    "publish",
    "representative_file_version",
    "resource_type",
    "restrictions_apply",
    "title",
    "uri",
    "use_restrictions",
    "user_mtime",
]

ACCESSION_BROWSE_COLUMN_VALUES: set[AccessionBrowseColumn] = {
    "access_restrictions",
    "accession_date",
    "acquisition_type",
    "audit_info",
    "create_time",
    "dates",
    "extents",
    "identifier",
    "no_value",
    "processing_priority",
    "processors",
    "publish",
    "representative_file_version",
    "resource_type",
    "restrictions_apply",
    "title",
    "uri",
    "use_restrictions",
    "user_mtime",
}


def check_accession_browse_column(value: str) -> AccessionBrowseColumn:
    if value in ACCESSION_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACCESSION_BROWSE_COLUMN_VALUES!r}"
    )

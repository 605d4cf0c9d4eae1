from typing import Literal

DefaultsLocationProfileSortColumn = Literal["score", "title", "uri"]

DEFAULTS_LOCATION_PROFILE_SORT_COLUMN_VALUES: set[DefaultsLocationProfileSortColumn] = {
    "score",
    "title",
    "uri",
}


def check_defaults_location_profile_sort_column(
    value: str,
) -> DefaultsLocationProfileSortColumn:
    if value in DEFAULTS_LOCATION_PROFILE_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_LOCATION_PROFILE_SORT_COLUMN_VALUES!r}"
    )

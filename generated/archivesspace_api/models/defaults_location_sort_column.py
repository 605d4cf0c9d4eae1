from typing import Literal

DefaultsLocationSortColumn = Literal[
    "area", "building", "floor", "room", "score", "temporary", "title", "uri"
]

DEFAULTS_LOCATION_SORT_COLUMN_VALUES: set[DefaultsLocationSortColumn] = {
    "area",
    "building",
    "floor",
    "room",
    "score",
    "temporary",
    "title",
    "uri",
}


def check_defaults_location_sort_column(value: str) -> DefaultsLocationSortColumn:
    if value in DEFAULTS_LOCATION_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_LOCATION_SORT_COLUMN_VALUES!r}"
    )

from typing import Literal

DefaultsContainerProfileSortColumn = Literal["score", "title", "uri"]

DEFAULTS_CONTAINER_PROFILE_SORT_COLUMN_VALUES: set[
    DefaultsContainerProfileSortColumn
] = {
    "score",
    "title",
    "uri",
}


def check_defaults_container_profile_sort_column(
    value: str,
) -> DefaultsContainerProfileSortColumn:
    if value in DEFAULTS_CONTAINER_PROFILE_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_CONTAINER_PROFILE_SORT_COLUMN_VALUES!r}"
    )

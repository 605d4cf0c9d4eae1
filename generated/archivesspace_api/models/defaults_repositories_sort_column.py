from typing import Literal

DefaultsRepositoriesSortColumn = Literal["publish", "score", "title", "uri"]

DEFAULTS_REPOSITORIES_SORT_COLUMN_VALUES: set[DefaultsRepositoriesSortColumn] = {
    "publish",
    "score",
    "title",
    "uri",
}


def check_defaults_repositories_sort_column(
    value: str,
) -> DefaultsRepositoriesSortColumn:
    if value in DEFAULTS_REPOSITORIES_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_REPOSITORIES_SORT_COLUMN_VALUES!r}"
    )

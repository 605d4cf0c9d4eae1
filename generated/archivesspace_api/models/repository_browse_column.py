from typing import Literal

RepositoryBrowseColumn = Literal["audit_info", "no_value", "publish", "title", "uri"]

REPOSITORY_BROWSE_COLUMN_VALUES: set[RepositoryBrowseColumn] = {
    "audit_info",
    "no_value",
    "publish",
    "title",
    "uri",
}


def check_repository_browse_column(value: str) -> RepositoryBrowseColumn:
    if value in REPOSITORY_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REPOSITORY_BROWSE_COLUMN_VALUES!r}"
    )

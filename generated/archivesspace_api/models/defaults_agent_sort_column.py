from typing import Literal

DefaultsAgentSortColumn = Literal[
    "authority_id",
    "is_user",
    "primary_type",
    "publish",
    "rules",
    "score",
    "source",
    "title",
    "uri",
]

DEFAULTS_AGENT_SORT_COLUMN_VALUES: set[DefaultsAgentSortColumn] = {
    "authority_id",
    "is_user",
    "primary_type",
    "publish",
    "rules",
    "score",
    "source",
    "title",
    "uri",
}


def check_defaults_agent_sort_column(value: str) -> DefaultsAgentSortColumn:
    if value in DEFAULTS_AGENT_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_AGENT_SORT_COLUMN_VALUES!r}"
    )

from typing import Literal

AgentBrowseColumn = Literal[
    "audit_info",
    "authority_id",
    "is_user",
    "no_value",
    "primary_type",
    "publish",
    "rules",
    "source",
    "title",
    "uri",
]

AGENT_BROWSE_COLUMN_VALUES: set[AgentBrowseColumn] = {
    "audit_info",
    "authority_id",
    "is_user",
    "no_value",
    "primary_type",
    "publish",
    "rules",
    "source",
    "title",
    "uri",
}


def check_agent_browse_column(value: str) -> AgentBrowseColumn:
    if value in AGENT_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_BROWSE_COLUMN_VALUES!r}"
    )

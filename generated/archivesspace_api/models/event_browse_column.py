from typing import Literal

EventBrowseColumn = Literal[
    "agents", "audit_info", "event_type", "linked_records", "no_value", "outcome", "uri"
]

EVENT_BROWSE_COLUMN_VALUES: set[EventBrowseColumn] = {
    "agents",
    "audit_info",
    "event_type",
    "linked_records",
    "no_value",
    "outcome",
    "uri",
}


def check_event_browse_column(value: str) -> EventBrowseColumn:
    if value in EVENT_BROWSE_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EVENT_BROWSE_COLUMN_VALUES!r}"
    )

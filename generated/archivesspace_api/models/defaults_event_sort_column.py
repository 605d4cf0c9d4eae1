from typing import Literal

DefaultsEventSortColumn = Literal["event_type", "outcome", "score", "uri"]

DEFAULTS_EVENT_SORT_COLUMN_VALUES: set[DefaultsEventSortColumn] = {
    "event_type",
    "outcome",
    "score",
    "uri",
}


def check_defaults_event_sort_column(value: str) -> DefaultsEventSortColumn:
    if value in DEFAULTS_EVENT_SORT_COLUMN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DEFAULTS_EVENT_SORT_COLUMN_VALUES!r}"
    )

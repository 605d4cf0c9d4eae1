from typing import Literal

FieldQueryComparator = Literal["contains", "empty"]

FIELD_QUERY_COMPARATOR_VALUES: set[FieldQueryComparator] = {
    "contains",
    "empty",
}


def check_field_query_comparator(value: str) -> FieldQueryComparator:
    if value in FIELD_QUERY_COMPARATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIELD_QUERY_COMPARATOR_VALUES!r}"
    )

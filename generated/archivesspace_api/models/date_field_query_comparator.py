from typing import Literal

DateFieldQueryComparator = Literal["empty", "equal", "greater_than", "lesser_than"]

DATE_FIELD_QUERY_COMPARATOR_VALUES: set[DateFieldQueryComparator] = {
    "empty",
    "equal",
    "greater_than",
    "lesser_than",
}


def check_date_field_query_comparator(value: str) -> DateFieldQueryComparator:
    if value in DATE_FIELD_QUERY_COMPARATOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATE_FIELD_QUERY_COMPARATOR_VALUES!r}"
    )

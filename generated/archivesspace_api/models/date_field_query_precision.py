from typing import Literal

DateFieldQueryPrecision = Literal["day", "month", "year"]

DATE_FIELD_QUERY_PRECISION_VALUES: set[DateFieldQueryPrecision] = {
    "day",
    "month",
    "year",
}


def check_date_field_query_precision(value: str) -> DateFieldQueryPrecision:
    if value in DATE_FIELD_QUERY_PRECISION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATE_FIELD_QUERY_PRECISION_VALUES!r}"
    )

from typing import Literal

StructuredDateLabelDateTypeStructured = Literal["range", "single"]

STRUCTURED_DATE_LABEL_DATE_TYPE_STRUCTURED_VALUES: set[
    StructuredDateLabelDateTypeStructured
] = {
    "range",
    "single",
}


def check_structured_date_label_date_type_structured(
    value: str,
) -> StructuredDateLabelDateTypeStructured:
    if value in STRUCTURED_DATE_LABEL_DATE_TYPE_STRUCTURED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STRUCTURED_DATE_LABEL_DATE_TYPE_STRUCTURED_VALUES!r}"
    )

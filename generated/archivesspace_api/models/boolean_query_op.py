from typing import Literal

BooleanQueryOp = Literal["AND", "NOT", "OR"]

BOOLEAN_QUERY_OP_VALUES: set[BooleanQueryOp] = {
    "AND",
    "NOT",
    "OR",
}


def check_boolean_query_op(value: str) -> BooleanQueryOp:
    if value in BOOLEAN_QUERY_OP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOOLEAN_QUERY_OP_VALUES!r}"
    )

from typing import Literal

ListClassificationTermsSortDirection = Literal["asc", "desc"]

LIST_CLASSIFICATION_TERMS_SORT_DIRECTION_VALUES: set[
    ListClassificationTermsSortDirection
] = {
    "asc",
    "desc",
}


def check_list_classification_terms_sort_direction(
    value: str,
) -> ListClassificationTermsSortDirection:
    if value in LIST_CLASSIFICATION_TERMS_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CLASSIFICATION_TERMS_SORT_DIRECTION_VALUES!r}"
    )

from typing import Literal

ListSpacesFormat = Literal["json"]

LIST_SPACES_FORMAT_VALUES: set[ListSpacesFormat] = {
    "json",
}


def check_list_spaces_format(value: str) -> ListSpacesFormat:
    if value in LIST_SPACES_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_SPACES_FORMAT_VALUES!r}"
    )

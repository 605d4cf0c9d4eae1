from typing import Literal

ListLocationsFormat = Literal["json"]

LIST_LOCATIONS_FORMAT_VALUES: set[ListLocationsFormat] = {
    "json",
}


def check_list_locations_format(value: str) -> ListLocationsFormat:
    if value in LIST_LOCATIONS_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_LOCATIONS_FORMAT_VALUES!r}"
    )

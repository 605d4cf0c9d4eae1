from typing import Literal

ListAgentsFamiliesSortDirection = Literal["asc", "desc"]

LIST_AGENTS_FAMILIES_SORT_DIRECTION_VALUES: set[ListAgentsFamiliesSortDirection] = {
    "asc",
    "desc",
}


def check_list_agents_families_sort_direction(
    value: str,
) -> ListAgentsFamiliesSortDirection:
    if value in LIST_AGENTS_FAMILIES_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AGENTS_FAMILIES_SORT_DIRECTION_VALUES!r}"
    )

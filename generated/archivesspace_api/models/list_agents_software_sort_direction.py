from typing import Literal

ListAgentsSoftwareSortDirection = Literal["asc", "desc"]

LIST_AGENTS_SOFTWARE_SORT_DIRECTION_VALUES: set[ListAgentsSoftwareSortDirection] = {
    "asc",
    "desc",
}


def check_list_agents_software_sort_direction(
    value: str,
) -> ListAgentsSoftwareSortDirection:
    if value in LIST_AGENTS_SOFTWARE_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AGENTS_SOFTWARE_SORT_DIRECTION_VALUES!r}"
    )

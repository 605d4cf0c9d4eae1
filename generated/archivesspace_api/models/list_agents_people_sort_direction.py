from typing import Literal

ListAgentsPeopleSortDirection = Literal["asc", "desc"]

LIST_AGENTS_PEOPLE_SORT_DIRECTION_VALUES: set[ListAgentsPeopleSortDirection] = {
    "asc",
    "desc",
}


def check_list_agents_people_sort_direction(
    value: str,
) -> ListAgentsPeopleSortDirection:
    if value in LIST_AGENTS_PEOPLE_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AGENTS_PEOPLE_SORT_DIRECTION_VALUES!r}"
    )

from typing import Literal

ListAgentsCorporateEntitiesSortDirection = Literal["asc", "desc"]

LIST_AGENTS_CORPORATE_ENTITIES_SORT_DIRECTION_VALUES: set[
    ListAgentsCorporateEntitiesSortDirection
] = {
    "asc",
    "desc",
}


def check_list_agents_corporate_entities_sort_direction(
    value: str,
) -> ListAgentsCorporateEntitiesSortDirection:
    if value in LIST_AGENTS_CORPORATE_ENTITIES_SORT_DIRECTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AGENTS_CORPORATE_ENTITIES_SORT_DIRECTION_VALUES!r}"
    )

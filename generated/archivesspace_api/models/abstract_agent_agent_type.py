from typing import Literal

AbstractAgentAgentType = Literal[
    "agent_corporate_entity", "agent_family", "agent_person", "agent_software", "user"
]

ABSTRACT_AGENT_AGENT_TYPE_VALUES: set[AbstractAgentAgentType] = {
    "agent_corporate_entity",
    "agent_family",
    "agent_person",
    "agent_software",
    "user",
}


def check_abstract_agent_agent_type(value: str) -> AbstractAgentAgentType:
    if value in ABSTRACT_AGENT_AGENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ABSTRACT_AGENT_AGENT_TYPE_VALUES!r}"
    )

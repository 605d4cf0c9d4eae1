from typing import Literal

AgentPersonAgentType = Literal[
    "agent_corporate_entity", "agent_family", "agent_person", "agent_software", "user"
]

AGENT_PERSON_AGENT_TYPE_VALUES: set[AgentPersonAgentType] = {
    "agent_corporate_entity",
    "agent_family",
    "agent_person",
    "agent_software",
    "user",
}


def check_agent_person_agent_type(value: str) -> AgentPersonAgentType:
    if value in AGENT_PERSON_AGENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_PERSON_AGENT_TYPE_VALUES!r}"
    )

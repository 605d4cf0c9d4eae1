from typing import Literal

AgentCorporateEntityAgentType = Literal[
    "agent_corporate_entity", "agent_family", "agent_person", "agent_software", "user"
]

AGENT_CORPORATE_ENTITY_AGENT_TYPE_VALUES: set[AgentCorporateEntityAgentType] = {
    "agent_corporate_entity",
    "agent_family",
    "agent_person",
    "agent_software",
    "user",
}


def check_agent_corporate_entity_agent_type(
    value: str,
) -> AgentCorporateEntityAgentType:
    if value in AGENT_CORPORATE_ENTITY_AGENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_CORPORATE_ENTITY_AGENT_TYPE_VALUES!r}"
    )

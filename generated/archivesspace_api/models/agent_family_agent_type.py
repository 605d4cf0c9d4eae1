from typing import Literal

AgentFamilyAgentType = Literal[
    "agent_corporate_entity", "agent_family", "agent_person", "agent_software", "user"
]

AGENT_FAMILY_AGENT_TYPE_VALUES: set[AgentFamilyAgentType] = {
    "agent_corporate_entity",
    "agent_family",
    "agent_person",
    "agent_software",
    "user",
}


def check_agent_family_agent_type(value: str) -> AgentFamilyAgentType:
    if value in AGENT_FAMILY_AGENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_FAMILY_AGENT_TYPE_VALUES!r}"
    )

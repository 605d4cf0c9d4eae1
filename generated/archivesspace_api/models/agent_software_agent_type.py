from typing import Literal

AgentSoftwareAgentType = Literal[
    "agent_corporate_entity", "agent_family", "agent_person", "agent_software", "user"
]

AGENT_SOFTWARE_AGENT_TYPE_VALUES: set[AgentSoftwareAgentType] = {
    "agent_corporate_entity",
    "agent_family",
    "agent_person",
    "agent_software",
    "user",
}


def check_agent_software_agent_type(value: str) -> AgentSoftwareAgentType:
    if value in AGENT_SOFTWARE_AGENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_SOFTWARE_AGENT_TYPE_VALUES!r}"
    )

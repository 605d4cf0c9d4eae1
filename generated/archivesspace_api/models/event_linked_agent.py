from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_linked_agent_resolved import EventLinkedAgentResolved

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.event_linked_agent_resolved import EventLinkedAgentResolved  # noqa: PLC0415

    globals().update(
        {
            "EventLinkedAgentResolved": EventLinkedAgentResolved,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="EventLinkedAgent")


@_attrs_define
class EventLinkedAgent:
    """A link from an event to an agent, with the agent's role in the event.

    Attributes:
        role (str): The agent's part (enumeration `linked_agent_event_roles`; known values `authorizer`,
            `executing_program`, `implementer`, `recipient`, `requester`, `transmitter`, `validator`).
        ref (str): The URI of a person, family, corporate entity or software agent.
        field_resolved (EventLinkedAgentResolved | Unset): The agent, when asked for with `resolve[]` (`linked_agents`).
    """

    role: str
    ref: str
    field_resolved: EventLinkedAgentResolved | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        role = self.role

        ref = self.ref

        field_resolved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_resolved, Unset):
            field_resolved = self.field_resolved.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "ref": ref,
            }
        )
        if field_resolved is not UNSET:
            field_dict["_resolved"] = field_resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        role = d.pop("role")

        ref = d.pop("ref")

        _field_resolved = d.pop("_resolved", UNSET)
        field_resolved: EventLinkedAgentResolved | Unset
        if isinstance(_field_resolved, Unset):
            field_resolved = UNSET
        else:
            field_resolved = EventLinkedAgentResolved.from_dict(_field_resolved)

        _obj = cls(
            role=role,
            ref=ref,
            field_resolved=field_resolved,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.linked_agent_resolved import LinkedAgentResolved
    from ..models.term import Term

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.linked_agent_resolved import LinkedAgentResolved  # noqa: PLC0415
    from ..models.term import Term  # noqa: PLC0415

    globals().update(
        {
            "LinkedAgentResolved": LinkedAgentResolved,
            "Term": Term,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="LinkedAgent")


@_attrs_define
class LinkedAgent:
    """A link from an archival record (accession, resource, archival object, digital object or digital object component) to
    an agent, with the agent's role in it. With `resolve[]=linked_agents` the server adds the agent as `_resolved`.

        Attributes:
            ref (str): The agent's URI (`/agents/people/{id}`, `/agents/corporate_entities/{id}`, `/agents/families/{id}` or
                `/agents/software/{id}`).
            role (str): The agent's role towards the record (enumeration `linked_agent_role`; known values `creator`,
                `source`, `subject`).
            relator (str | Unset): A finer role, as a MARC relator code (enumeration
                `linked_agent_archival_record_relators`: `aut` author, `ctb` contributor, `pht` photographer, `crp`
                correspondent, ...).
            terms (list[str | Term] | Unset): Subdivisions of the heading when the agent is a subject (`role: subject`),
                such as a form or period: new terms, or URIs of existing ones.
            title (str | Unset): A title qualifying the link, for instance the title of a work of the agent.
            is_primary (bool | Unset): Marks the primary creator among several linked agents. Default: False.
            field_resolved (LinkedAgentResolved | Unset): The linked agent (see Agent), when asked for with `resolve[]`.
    """

    ref: str
    role: str
    relator: str | Unset = UNSET
    terms: list[str | Term] | Unset = UNSET
    title: str | Unset = UNSET
    is_primary: bool | Unset = False
    field_resolved: LinkedAgentResolved | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        ref = self.ref

        role = self.role

        relator = self.relator

        terms: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.terms, Unset):
            terms = []
            for terms_item_data in self.terms:
                terms_item: dict[str, Any] | str
                if isinstance(terms_item_data, Term):
                    terms_item = terms_item_data.to_dict()
                else:
                    terms_item = terms_item_data
                terms.append(terms_item)

        title = self.title

        is_primary = self.is_primary

        field_resolved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_resolved, Unset):
            field_resolved = self.field_resolved.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ref": ref,
                "role": role,
            }
        )
        if relator is not UNSET:
            field_dict["relator"] = relator
        if terms is not UNSET:
            field_dict["terms"] = terms
        if title is not UNSET:
            field_dict["title"] = title
        if is_primary is not UNSET:
            field_dict["is_primary"] = is_primary
        if field_resolved is not UNSET:
            field_dict["_resolved"] = field_resolved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        ref = d.pop("ref")

        role = d.pop("role")

        relator = d.pop("relator", UNSET)

        _terms = d.pop("terms", UNSET)
        terms: list[str | Term] | Unset = UNSET
        if _terms is not UNSET:
            terms = []
            for terms_item_data in _terms:

                def _parse_terms_item(data: object) -> str | Term:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        terms_item_type_0 = Term.from_dict(data)

                        return terms_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast("str | Term", data)

                terms_item = _parse_terms_item(terms_item_data)

                terms.append(terms_item)

        title = d.pop("title", UNSET)

        is_primary = d.pop("is_primary", UNSET)

        _field_resolved = d.pop("_resolved", UNSET)
        field_resolved: LinkedAgentResolved | Unset
        if isinstance(_field_resolved, Unset):
            field_resolved = UNSET
        else:
            field_resolved = LinkedAgentResolved.from_dict(_field_resolved)

        _obj = cls(
            ref=ref,
            role=role,
            relator=relator,
            terms=terms,
            title=title,
            is_primary=is_primary,
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

from __future__ import annotations

import datetime
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_family import AgentFamily
    from ..models.agent_person import AgentPerson
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.structured_date_label import StructuredDateLabel


@_attrs_define(slots=False, repr=False)
class AgentRelationshipParentchild(_r.Record, _r.Link["AgentPerson | AgentFamily"]):
    """A parent/child relationship between people or families.

    Attributes:
        jsonmodel_type (Literal['agent_relationship_parentchild']):  Default: 'agent_relationship_parentchild'.
        relator (str): How this agent relates to the other (enumeration `agent_relationship_parentchild_relator`; known
            values `is_parent_of`, `is_child_of`).
        ref (str): The URI of the other agent, a person or a family.
        resolved: the linked record, when the request asked for it with ``resolve[]``.
        relationship_uri (str | Unset): A URI naming the relationship in an external vocabulary.
        specific_relator (str | Unset): A more specific relator (editable enumeration
            `agent_relationship_specific_relator`).
        description (str | Unset): A free-text description of the relationship.
        dates (StructuredDateLabel | Unset): A dated fact about an agent (existence, name use, a relationship): a label,
            and either `structured_date_single` (`date_type_structured: single`) or `structured_date_range` (`range`).
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    relator: str
    ref: str
    jsonmodel_type: Literal["agent_relationship_parentchild"] = (
        "agent_relationship_parentchild"
    )
    resolved: AgentPerson | AgentFamily | Unset = UNSET
    relationship_uri: str | Unset = UNSET
    specific_relator: str | Unset = UNSET
    description: str | Unset = UNSET
    dates: StructuredDateLabel | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AgentRelationshipParentchild,
    _r.Field(
        "jsonmodel_type",
        "jsonmodel_type",
        _r.choice("agent_relationship_parentchild"),
        True,
    ),
    _r.Field("relator", "relator", _r.STR, True),
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    _r.Field("relationship_uri", "relationship_uri", _r.STR),
    _r.Field("specific_relator", "specific_relator", _r.STR),
    _r.Field("description", "description", _r.STR),
    _r.Field(
        "dates", "dates", _r.model("structured_date_label", "StructuredDateLabel")
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

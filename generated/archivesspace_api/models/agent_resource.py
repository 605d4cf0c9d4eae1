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
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.structured_date_label import StructuredDateLabel
    from ..models.subject import Subject


@_attrs_define(slots=False, repr=False)
class AgentResource(_r.Record):
    """A resource outside ArchivesSpace related to the agent (EAC-CPF `<resourceRelation>`): a book the person wrote, a
    collection held elsewhere.

        Attributes:
            jsonmodel_type (Literal['agent_resource']):  Default: 'agent_resource'.
            linked_agent_role (str): The agent's role towards the resource (enumeration `linked_agent_role`; known values
                `creator`, `source`, `subject`).
            linked_resource (str): The resource, as a title or citation.
            linked_resource_description (str | Unset): A description of the resource.
            publish (bool | Unset):
            dates (list[StructuredDateLabel]): Dates of the relation.
            places (list[Ref[Subject]]): Places of the relation, as links to geographic subjects.
            file_uri (str | Unset): A link to the resource.
            file_version_xlink_actuate_attribute (str | Unset): XLink `actuate` of the link (enumeration
                `file_version_xlink_actuate_attribute`).
            file_version_xlink_show_attribute (str | Unset): XLink `show` of the link (enumeration
                `file_version_xlink_show_attribute`).
            xlink_title_attribute (str | Unset): XLink `title` of the link.
            xlink_role_attribute (str | Unset): XLink `role` of the link.
            xlink_arcrole_attribute (str | Unset): XLink `arcrole` of the link.
            last_verified_date (str | Unset): When the link was last checked, an ISO 8601 date and time.
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    linked_agent_role: str
    linked_resource: str
    jsonmodel_type: Literal["agent_resource"] = "agent_resource"
    linked_resource_description: str | Unset = UNSET
    publish: bool | Unset = UNSET
    dates: list[StructuredDateLabel] = _attrs_field(factory=list)
    places: list[Ref[Subject]] = _attrs_field(factory=list)
    file_uri: str | Unset = UNSET
    file_version_xlink_actuate_attribute: str | Unset = UNSET
    file_version_xlink_show_attribute: str | Unset = UNSET
    xlink_title_attribute: str | Unset = UNSET
    xlink_role_attribute: str | Unset = UNSET
    xlink_arcrole_attribute: str | Unset = UNSET
    last_verified_date: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AgentResource,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("agent_resource"), True),
    _r.Field("linked_agent_role", "linked_agent_role", _r.STR, True),
    _r.Field("linked_resource", "linked_resource", _r.STR, True),
    _r.Field("linked_resource_description", "linked_resource_description", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field(
        "dates",
        "dates",
        _r.ListOf(_r.model("structured_date_label", "StructuredDateLabel")),
        empty=True,
    ),
    _r.Field("places", "places", _r.ListOf(_r.model("ref", "Ref")), empty=True),
    _r.Field("file_uri", "file_uri", _r.STR),
    _r.Field(
        "file_version_xlink_actuate_attribute",
        "file_version_xlink_actuate_attribute",
        _r.STR,
    ),
    _r.Field(
        "file_version_xlink_show_attribute", "file_version_xlink_show_attribute", _r.STR
    ),
    _r.Field("xlink_title_attribute", "xlink_title_attribute", _r.STR),
    _r.Field("xlink_role_attribute", "xlink_role_attribute", _r.STR),
    _r.Field("xlink_arcrole_attribute", "xlink_arcrole_attribute", _r.STR),
    _r.Field("last_verified_date", "last_verified_date", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

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
    from ..models.agent_corporate_entity import AgentCorporateEntity
    from ..models.agent_family import AgentFamily
    from ..models.agent_person import AgentPerson
    from ..models.agent_software import AgentSoftware
    from ..models.container_profile import ContainerProfile
    from ..models.digital_object import DigitalObject
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.resource import Resource
    from ..models.subject import Subject
    from ..models.top_container import TopContainer


@_attrs_define(slots=False, repr=False)
class MergeRequest(_r.Record):
    """Which records to fold into which: every candidate is merged into the destination, then deleted. All the records must
    be of the kind the route merges.

        Attributes:
            jsonmodel_type (Literal['merge_request']):  Default: 'merge_request'.
            merge_destination (Ref[AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware | ContainerProfile |
                DigitalObject | Resource | Subject | TopContainer]): A link to another record by URI. With `resolve[]` naming
                the property that holds it, the server adds the linked record as `_resolved`.
            uri (str | Unset): Not needed; the server knows the route it was posted to.
            merge_candidates (list[Ref[AgentPerson | AgentFamily | AgentCorporateEntity | AgentSoftware | ContainerProfile |
                DigitalObject | Resource | Subject | TopContainer]] | Unset): The records to merge into the destination and
                delete, as links.
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    merge_destination: Ref[
        AgentPerson
        | AgentFamily
        | AgentCorporateEntity
        | AgentSoftware
        | ContainerProfile
        | DigitalObject
        | Resource
        | Subject
        | TopContainer
    ]
    jsonmodel_type: Literal["merge_request"] = "merge_request"
    uri: str | Unset = UNSET
    merge_candidates: (
        list[
            Ref[
                AgentPerson
                | AgentFamily
                | AgentCorporateEntity
                | AgentSoftware
                | ContainerProfile
                | DigitalObject
                | Resource
                | Subject
                | TopContainer
            ]
        ]
        | Unset
    ) = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> int | None:
        """The record's id: the last segment of its ``uri`` (``.../archival_objects/7`` gives 7), or None."""
        return _r.uri_id(self)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    MergeRequest,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("merge_request"), True),
    _r.Field("merge_destination", "merge_destination", _r.model("ref", "Ref"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("merge_candidates", "merge_candidates", _r.ListOf(_r.model("ref", "Ref"))),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

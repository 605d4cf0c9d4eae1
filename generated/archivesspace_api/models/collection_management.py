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
    from ..models.accession import Accession
    from ..models.digital_object import DigitalObject
    from ..models.external_id import ExternalId
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.resource import Resource


@_attrs_define(slots=False, repr=False)
class CollectionManagement(_r.Record):
    """Processing information of an accession, resource or digital object: plan, priority, status, estimated hours.

    Attributes:
        jsonmodel_type (Literal['collection_management']):  Default: 'collection_management'.
        uri (str): The subrecord's own URI (under `/repositories/{repo_id}/collection_management`).
        parent (Ref[Accession | DigitalObject | Resource] | Unset): A link to another record by URI. With `resolve[]`
            naming the property that holds it, the server adds the linked record as `_resolved`.
        external_ids (list[ExternalId]):
        processing_hours_per_foot_estimate (str | Unset): Estimated processing hours per linear foot, as a decimal
            number in text.
        processing_total_extent (str | Unset): The extent to process, as a decimal number in text.
        processing_total_extent_type (str | Unset): The unit of `processing_total_extent` (enumeration
            `extent_extent_type`, such as `linear_feet`).
        processing_hours_total (str | Unset): Estimated total processing hours, as a decimal number in text.
        processing_plan (str | Unset): The processing plan.
        processing_priority (str | Unset): Processing priority (enumeration `collection_management_processing_priority`;
            known values `high`, `medium`, `low`, `none`).
        processing_funding_source (str | Unset): Who pays for the processing.
        processors (str | Unset): Who is assigned to process the material.
        rights_determined (bool | Unset): Whether the rights in the material have been determined. Default: False.
        processing_status (str | Unset): Processing status (enumeration `collection_management_processing_status`; known
            values `new`, `in_progress`, `completed`, `none`).
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["collection_management"] = "collection_management"
    uri: str = _r.NOT_YET_SENT
    parent: Ref[Accession | DigitalObject | Resource] | Unset = UNSET
    external_ids: list[ExternalId] = _attrs_field(factory=list)
    processing_hours_per_foot_estimate: str | Unset = UNSET
    processing_total_extent: str | Unset = UNSET
    processing_total_extent_type: str | Unset = UNSET
    processing_hours_total: str | Unset = UNSET
    processing_plan: str | Unset = UNSET
    processing_priority: str | Unset = UNSET
    processing_funding_source: str | Unset = UNSET
    processors: str | Unset = UNSET
    rights_determined: bool | Unset = False
    processing_status: str | Unset = UNSET
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
    CollectionManagement,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("collection_management"), True
    ),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("parent", "parent", _r.model("ref", "Ref")),
    _r.Field(
        "external_ids",
        "external_ids",
        _r.ListOf(_r.model("external_id", "ExternalId")),
        empty=True,
    ),
    _r.Field(
        "processing_hours_per_foot_estimate",
        "processing_hours_per_foot_estimate",
        _r.STR,
    ),
    _r.Field("processing_total_extent", "processing_total_extent", _r.STR),
    _r.Field("processing_total_extent_type", "processing_total_extent_type", _r.STR),
    _r.Field("processing_hours_total", "processing_hours_total", _r.STR),
    _r.Field("processing_plan", "processing_plan", _r.STR),
    _r.Field("processing_priority", "processing_priority", _r.STR),
    _r.Field("processing_funding_source", "processing_funding_source", _r.STR),
    _r.Field("processors", "processors", _r.STR),
    _r.Field("rights_determined", "rights_determined", _r.BOOL),
    _r.Field("processing_status", "processing_status", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.external_id import ExternalId
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.external_id import ExternalId  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "ExternalId": ExternalId,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="CollectionManagement")


@_attrs_define
class CollectionManagement:
    """Processing information of an accession, resource or digital object: plan, priority, status, estimated hours.

    Attributes:
        jsonmodel_type (Literal['collection_management']):  Default: 'collection_management'.
        uri (str | Unset): The subrecord's own URI (under `/repositories/{repo_id}/collection_management`).
        parent (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it, the
            server adds the linked record as `_resolved`.
        external_ids (list[ExternalId] | Unset):
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
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["collection_management"] = "collection_management"
    uri: str | Unset = UNSET
    parent: Ref | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
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
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        parent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent, Unset):
            parent = self.parent.to_dict()

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        processing_hours_per_foot_estimate = self.processing_hours_per_foot_estimate

        processing_total_extent = self.processing_total_extent

        processing_total_extent_type = self.processing_total_extent_type

        processing_hours_total = self.processing_hours_total

        processing_plan = self.processing_plan

        processing_priority = self.processing_priority

        processing_funding_source = self.processing_funding_source

        processors = self.processors

        rights_determined = self.rights_determined

        processing_status = self.processing_status

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if parent is not UNSET:
            field_dict["parent"] = parent
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if processing_hours_per_foot_estimate is not UNSET:
            field_dict["processing_hours_per_foot_estimate"] = (
                processing_hours_per_foot_estimate
            )
        if processing_total_extent is not UNSET:
            field_dict["processing_total_extent"] = processing_total_extent
        if processing_total_extent_type is not UNSET:
            field_dict["processing_total_extent_type"] = processing_total_extent_type
        if processing_hours_total is not UNSET:
            field_dict["processing_hours_total"] = processing_hours_total
        if processing_plan is not UNSET:
            field_dict["processing_plan"] = processing_plan
        if processing_priority is not UNSET:
            field_dict["processing_priority"] = processing_priority
        if processing_funding_source is not UNSET:
            field_dict["processing_funding_source"] = processing_funding_source
        if processors is not UNSET:
            field_dict["processors"] = processors
        if rights_determined is not UNSET:
            field_dict["rights_determined"] = rights_determined
        if processing_status is not UNSET:
            field_dict["processing_status"] = processing_status
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        jsonmodel_type = cast(
            "Literal['collection_management']", d.pop("jsonmodel_type")
        )
        if jsonmodel_type != "collection_management":
            raise ValueError(
                f"jsonmodel_type must match const 'collection_management', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        _parent = d.pop("parent", UNSET)
        parent: Ref | Unset
        if isinstance(_parent, Unset):
            parent = UNSET
        else:
            parent = Ref.from_dict(_parent)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        processing_hours_per_foot_estimate = d.pop(
            "processing_hours_per_foot_estimate", UNSET
        )

        processing_total_extent = d.pop("processing_total_extent", UNSET)

        processing_total_extent_type = d.pop("processing_total_extent_type", UNSET)

        processing_hours_total = d.pop("processing_hours_total", UNSET)

        processing_plan = d.pop("processing_plan", UNSET)

        processing_priority = d.pop("processing_priority", UNSET)

        processing_funding_source = d.pop("processing_funding_source", UNSET)

        processors = d.pop("processors", UNSET)

        rights_determined = d.pop("rights_determined", UNSET)

        processing_status = d.pop("processing_status", UNSET)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _user_mtime = d.pop("user_mtime", UNSET)
        user_mtime: datetime.datetime | Unset
        if isinstance(_user_mtime, Unset):
            user_mtime = UNSET
        else:
            user_mtime = parse_datetime(_user_mtime)

        _system_mtime = d.pop("system_mtime", UNSET)
        system_mtime: datetime.datetime | Unset
        if isinstance(_system_mtime, Unset):
            system_mtime = UNSET
        else:
            system_mtime = parse_datetime(_system_mtime)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            parent=parent,
            external_ids=external_ids,
            processing_hours_per_foot_estimate=processing_hours_per_foot_estimate,
            processing_total_extent=processing_total_extent,
            processing_total_extent_type=processing_total_extent_type,
            processing_hours_total=processing_hours_total,
            processing_plan=processing_plan,
            processing_priority=processing_priority,
            processing_funding_source=processing_funding_source,
            processors=processors,
            rights_determined=rights_determined,
            processing_status=processing_status,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
            create_time=create_time,
            repository=repository,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_purpose import LocationPurpose, check_location_purpose
from ..types import UNSET, Unset

T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """A location inside a space.

    Attributes:
        uuid (UUID): The location's UUID.
        purpose (LocationPurpose): What a location is for - AR AIP recovery, AS AIP storage, CP currently processing, DS
            DIP storage, SD SWORD deposit, SS the Storage Service's internal processing, BL transfer backlog, TS transfer
            source, RP replicator.
        resource_uri (str): The location's URI.
        description (None | str | Unset): A human-readable description.
        enabled (bool | Unset): Whether the location can be used (only enabled locations are listed).
        path (str | Unset): The location's absolute path (its space's path joined with `relative_path`).
        pipeline (list[str] | Unset): The URIs of the pipelines the location is attached to.
        quota (int | None | Unset): The location's quota in bytes, if set.
        relative_path (str | Unset): The location's path relative to its space's path.
        space (str | Unset): The URI of the location's space.
        used (int | str | Unset): Bytes used: an integer, except on older servers (amclient's recordings, 2016-2018),
            which sent the string `"0"`.
        default (bool | Unset): Only in the answer to `create_location` - echoes the request's `default`.
    """

    uuid: UUID
    purpose: LocationPurpose
    resource_uri: str
    description: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    path: str | Unset = UNSET
    pipeline: list[str] | Unset = UNSET
    quota: int | None | Unset = UNSET
    relative_path: str | Unset = UNSET
    space: str | Unset = UNSET
    used: int | str | Unset = UNSET
    default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        purpose: str = self.purpose

        resource_uri = self.resource_uri

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled = self.enabled

        path = self.path

        pipeline: list[str] | Unset = UNSET
        if not isinstance(self.pipeline, Unset):
            pipeline = self.pipeline

        quota: int | None | Unset
        if isinstance(self.quota, Unset):
            quota = UNSET
        else:
            quota = self.quota

        relative_path = self.relative_path

        space = self.space

        used: int | str | Unset
        if isinstance(self.used, Unset):
            used = UNSET
        else:
            used = self.used

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "purpose": purpose,
                "resource_uri": resource_uri,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if path is not UNSET:
            field_dict["path"] = path
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline
        if quota is not UNSET:
            field_dict["quota"] = quota
        if relative_path is not UNSET:
            field_dict["relative_path"] = relative_path
        if space is not UNSET:
            field_dict["space"] = space
        if used is not UNSET:
            field_dict["used"] = used
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        purpose = check_location_purpose(d.pop("purpose"))

        resource_uri = d.pop("resource_uri")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        enabled = d.pop("enabled", UNSET)

        path = d.pop("path", UNSET)

        pipeline = cast("list[str]", d.pop("pipeline", UNSET))

        def _parse_quota(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        quota = _parse_quota(d.pop("quota", UNSET))

        relative_path = d.pop("relative_path", UNSET)

        space = d.pop("space", UNSET)

        def _parse_used(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        used = _parse_used(d.pop("used", UNSET))

        default = d.pop("default", UNSET)

        _obj = cls(
            uuid=uuid,
            purpose=purpose,
            resource_uri=resource_uri,
            description=description,
            enabled=enabled,
            path=path,
            pipeline=pipeline,
            quota=quota,
            relative_path=relative_path,
            space=space,
            used=used,
            default=default,
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

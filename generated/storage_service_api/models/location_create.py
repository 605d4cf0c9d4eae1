from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_purpose import LocationPurpose, check_location_purpose
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocationCreate")


@_attrs_define
class LocationCreate:
    """The JSON body of `create_location`.

    Attributes:
        space (str): The URI of the space to create the location in.
        purpose (LocationPurpose): What a location is for - AR AIP recovery, AS AIP storage, CP currently processing, DS
            DIP storage, SD SWORD deposit, SS the Storage Service's internal processing, BL transfer backlog, TS transfer
            source, RP replicator.
        relative_path (str): The location's path relative to the space's path.
        pipeline (list[str] | Unset): The URIs of the pipelines to attach the location to.
        description (str | Unset): A human-readable description.
        default (bool | Unset): Make it the default location for its purpose.
        quota (int | Unset): A quota in bytes.
        enabled (bool | Unset): Whether the location can be used. Default: True.
    """

    space: str
    purpose: LocationPurpose
    relative_path: str
    pipeline: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    default: bool | Unset = UNSET
    quota: int | Unset = UNSET
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        space = self.space

        purpose: str = self.purpose

        relative_path = self.relative_path

        pipeline: list[str] | Unset = UNSET
        if not isinstance(self.pipeline, Unset):
            pipeline = self.pipeline

        description = self.description

        default = self.default

        quota = self.quota

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "space": space,
                "purpose": purpose,
                "relative_path": relative_path,
            }
        )
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline
        if description is not UNSET:
            field_dict["description"] = description
        if default is not UNSET:
            field_dict["default"] = default
        if quota is not UNSET:
            field_dict["quota"] = quota
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        space = d.pop("space")

        purpose = check_location_purpose(d.pop("purpose"))

        relative_path = d.pop("relative_path")

        pipeline = cast("list[str]", d.pop("pipeline", UNSET))

        description = d.pop("description", UNSET)

        default = d.pop("default", UNSET)

        quota = d.pop("quota", UNSET)

        enabled = d.pop("enabled", UNSET)

        _obj = cls(
            space=space,
            purpose=purpose,
            relative_path=relative_path,
            pipeline=pipeline,
            description=description,
            default=default,
            quota=quota,
            enabled=enabled,
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

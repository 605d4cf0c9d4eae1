from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpaceCreate")


@_attrs_define
class SpaceCreate:
    """The JSON body of `create_space`: the common fields plus every field its access protocol needs, at the top level (for
    S3 - `endpoint_url`, `access_key_id`, `secret_access_key`, `region`, `bucket`; for NFS - `remote_name`,
    `remote_path`, `version`, `manually_mounted`...).

        Attributes:
            access_protocol (str): The access protocol (see `Space.access_protocol`).
            path (str | Unset): The space's absolute path.
            staging_path (str | Unset): The space's staging path.
            size (int | Unset): The space's size in bytes.
    """

    access_protocol: str
    path: str | Unset = UNSET
    staging_path: str | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_protocol = self.access_protocol

        path = self.path

        staging_path = self.staging_path

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_protocol": access_protocol,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if staging_path is not UNSET:
            field_dict["staging_path"] = staging_path
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_protocol = d.pop("access_protocol")

        path = d.pop("path", UNSET)

        staging_path = d.pop("staging_path", UNSET)

        size = d.pop("size", UNSET)

        _obj = cls(
            access_protocol=access_protocol,
            path=path,
            staging_path=staging_path,
            size=size,
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

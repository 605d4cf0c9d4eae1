from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_type import PackageType, check_package_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePackageRequest")


@_attrs_define
class CreatePackageRequest:
    """The JSON body of `create_package`.

    Attributes:
        name (str): The transfer's name.
        path (str): What to transfer: base64 of `<location_uuid>:<path>` (a path inside a Storage Service location), or
            of an absolute path on the pipeline. For example
            `d1184f7f-fc0a-4bb2-9da0-5ab8cdb9d2a8:/home/archivematica/sample` is sent as the value in `examples`.
        type_ (PackageType | Unset): The kind of transfer `create_package` starts. `disk image` (and null) are treated
            as `standard`; any other value answers 500.
        accession (str | Unset): An accession number to record on the transfer.
        access_system_id (str | Unset): The identifier of the transfer in an access system (AtoM), for DIP upload.
        metadata_set_id (str | Unset): A TransferMetadataSet id to attach.
        processing_config (str | Unset): The processing configuration to use; an unknown name silently falls back to
            `default`. Default: 'default'.
        auto_approve (bool | Unset): Approve the transfer right away (the default); `false` leaves it waiting for
            `approve_transfer`. Default: True.
    """

    name: str
    path: str
    type_: PackageType | Unset = UNSET
    accession: str | Unset = UNSET
    access_system_id: str | Unset = UNSET
    metadata_set_id: str | Unset = UNSET
    processing_config: str | Unset = "default"
    auto_approve: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        path = self.path

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        accession = self.accession

        access_system_id = self.access_system_id

        metadata_set_id = self.metadata_set_id

        processing_config = self.processing_config

        auto_approve = self.auto_approve

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "path": path,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if accession is not UNSET:
            field_dict["accession"] = accession
        if access_system_id is not UNSET:
            field_dict["access_system_id"] = access_system_id
        if metadata_set_id is not UNSET:
            field_dict["metadata_set_id"] = metadata_set_id
        if processing_config is not UNSET:
            field_dict["processing_config"] = processing_config
        if auto_approve is not UNSET:
            field_dict["auto_approve"] = auto_approve

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        path = d.pop("path")

        _type_ = d.pop("type", UNSET)
        type_: PackageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_package_type(_type_)

        accession = d.pop("accession", UNSET)

        access_system_id = d.pop("access_system_id", UNSET)

        metadata_set_id = d.pop("metadata_set_id", UNSET)

        processing_config = d.pop("processing_config", UNSET)

        auto_approve = d.pop("auto_approve", UNSET)

        _obj = cls(
            name=name,
            path=path,
            type_=type_,
            accession=accession,
            access_system_id=access_system_id,
            metadata_set_id=metadata_set_id,
            processing_config=processing_config,
            auto_approve=auto_approve,
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

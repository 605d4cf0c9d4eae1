from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transfer_type import TransferType, check_transfer_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartTransferForm")


@_attrs_define
class StartTransferForm:
    """The form fields of `start_transfer`. `paths[]` and `row_ids[]` are sent as repeated fields of that exact name
    (brackets included).

        Attributes:
            name (str): The transfer's name.
            paths (list[str]): The files or directories to copy into the transfer; each is a location path.
            type_ (TransferType | Unset): The kind of transfer, which picks the watched directory it goes to.
                `start_transfer` silently treats an unknown value as `standard`; `approve_transfer` answers 500.
            accession (str | Unset): An accession number to record on the transfer.
            access_system_id (str | Unset): The identifier of the transfer in an access system (AtoM), for DIP upload.
            row_ids (list[str] | Unset): TransferMetadataSet ids, one for each entry of `paths[]` (empty strings allowed).
                Fewer ids than paths answers 500.
    """

    name: str
    paths: list[str]
    type_: TransferType | Unset = UNSET
    accession: str | Unset = UNSET
    access_system_id: str | Unset = UNSET
    row_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        paths = self.paths

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        accession = self.accession

        access_system_id = self.access_system_id

        row_ids: list[str] | Unset = UNSET
        if not isinstance(self.row_ids, Unset):
            row_ids = self.row_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "paths[]": paths,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if accession is not UNSET:
            field_dict["accession"] = accession
        if access_system_id is not UNSET:
            field_dict["access_system_id"] = access_system_id
        if row_ids is not UNSET:
            field_dict["row_ids[]"] = row_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        paths = cast("list[str]", d.pop("paths[]"))

        _type_ = d.pop("type", UNSET)
        type_: TransferType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_transfer_type(_type_)

        accession = d.pop("accession", UNSET)

        access_system_id = d.pop("access_system_id", UNSET)

        row_ids = cast("list[str]", d.pop("row_ids[]", UNSET))

        _obj = cls(
            name=name,
            paths=paths,
            type_=type_,
            accession=accession,
            access_system_id=access_system_id,
            row_ids=row_ids,
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

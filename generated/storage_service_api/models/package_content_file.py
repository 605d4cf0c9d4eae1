from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageContentFile")


@_attrs_define
class PackageContentFile:
    """A file record of a package.

    Attributes:
        source_id (None | str | Unset): The file's UUID in Archivematica.
        name (None | str | Unset): The file's path inside the package.
        source_package (None | str | Unset): The UUID of the transfer or SIP the file came from.
        checksum (None | str | Unset): The file's checksum.
        accessionid (None | str | Unset): The accession number of the file's transfer.
        origin (None | str | Unset): The UUID of the pipeline the file came from.
    """

    source_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    source_package: None | str | Unset = UNSET
    checksum: None | str | Unset = UNSET
    accessionid: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        source_package: None | str | Unset
        if isinstance(self.source_package, Unset):
            source_package = UNSET
        else:
            source_package = self.source_package

        checksum: None | str | Unset
        if isinstance(self.checksum, Unset):
            checksum = UNSET
        else:
            checksum = self.checksum

        accessionid: None | str | Unset
        if isinstance(self.accessionid, Unset):
            accessionid = UNSET
        else:
            accessionid = self.accessionid

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if name is not UNSET:
            field_dict["name"] = name
        if source_package is not UNSET:
            field_dict["source_package"] = source_package
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if accessionid is not UNSET:
            field_dict["accessionid"] = accessionid
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_source_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_source_package(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        source_package = _parse_source_package(d.pop("source_package", UNSET))

        def _parse_checksum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        checksum = _parse_checksum(d.pop("checksum", UNSET))

        def _parse_accessionid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        accessionid = _parse_accessionid(d.pop("accessionid", UNSET))

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        origin = _parse_origin(d.pop("origin", UNSET))

        _obj = cls(
            source_id=source_id,
            name=name,
            source_package=source_package,
            checksum=checksum,
            accessionid=accessionid,
            origin=origin,
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

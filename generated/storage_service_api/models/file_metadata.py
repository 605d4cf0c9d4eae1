from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileMetadata")


@_attrs_define
class FileMetadata:
    """A recorded file, in the shape of Archivematica's `transferfile` search index.

    Attributes:
        accessionid (None | str | Unset): The accession number of the file's transfer.
        file_extension (str | Unset): The file name's extension, dot included (empty when none).
        filename (str | Unset): The file's base name.
        relative_path (str | Unset): The file's path inside its package.
        fileuuid (None | str | Unset): The file's UUID in Archivematica.
        origin (None | str | Unset): The UUID of the pipeline the file came from.
        sipuuid (None | str | Unset): The UUID of the transfer or SIP the file came from.
    """

    accessionid: None | str | Unset = UNSET
    file_extension: str | Unset = UNSET
    filename: str | Unset = UNSET
    relative_path: str | Unset = UNSET
    fileuuid: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    sipuuid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accessionid: None | str | Unset
        if isinstance(self.accessionid, Unset):
            accessionid = UNSET
        else:
            accessionid = self.accessionid

        file_extension = self.file_extension

        filename = self.filename

        relative_path = self.relative_path

        fileuuid: None | str | Unset
        if isinstance(self.fileuuid, Unset):
            fileuuid = UNSET
        else:
            fileuuid = self.fileuuid

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        sipuuid: None | str | Unset
        if isinstance(self.sipuuid, Unset):
            sipuuid = UNSET
        else:
            sipuuid = self.sipuuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accessionid is not UNSET:
            field_dict["accessionid"] = accessionid
        if file_extension is not UNSET:
            field_dict["file_extension"] = file_extension
        if filename is not UNSET:
            field_dict["filename"] = filename
        if relative_path is not UNSET:
            field_dict["relative_path"] = relative_path
        if fileuuid is not UNSET:
            field_dict["fileuuid"] = fileuuid
        if origin is not UNSET:
            field_dict["origin"] = origin
        if sipuuid is not UNSET:
            field_dict["sipuuid"] = sipuuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_accessionid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        accessionid = _parse_accessionid(d.pop("accessionid", UNSET))

        file_extension = d.pop("file_extension", UNSET)

        filename = d.pop("filename", UNSET)

        relative_path = d.pop("relative_path", UNSET)

        def _parse_fileuuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        fileuuid = _parse_fileuuid(d.pop("fileuuid", UNSET))

        def _parse_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        origin = _parse_origin(d.pop("origin", UNSET))

        def _parse_sipuuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        sipuuid = _parse_sipuuid(d.pop("sipuuid", UNSET))

        _obj = cls(
            accessionid=accessionid,
            file_extension=file_extension,
            filename=filename,
            relative_path=relative_path,
            fileuuid=fileuuid,
            origin=origin,
            sipuuid=sipuuid,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PackageContentInput")


@_attrs_define
class PackageContentInput:
    """A file to record for a package; every key is required.

    Attributes:
        relative_path (str): The file's path inside the package.
        fileuuid (UUID): The file's UUID in Archivematica.
        accessionid (str): The accession number of the file's transfer.
        sipuuid (UUID): The UUID of the transfer or SIP the file came from.
        origin (UUID): The UUID of the pipeline the file came from.
    """

    relative_path: str
    fileuuid: UUID
    accessionid: str
    sipuuid: UUID
    origin: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        relative_path = self.relative_path

        fileuuid = str(self.fileuuid)

        accessionid = self.accessionid

        sipuuid = str(self.sipuuid)

        origin = str(self.origin)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relative_path": relative_path,
                "fileuuid": fileuuid,
                "accessionid": accessionid,
                "sipuuid": sipuuid,
                "origin": origin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        relative_path = d.pop("relative_path")

        fileuuid = UUID(d.pop("fileuuid"))

        accessionid = d.pop("accessionid")

        sipuuid = UUID(d.pop("sipuuid"))

        origin = UUID(d.pop("origin"))

        _obj = cls(
            relative_path=relative_path,
            fileuuid=fileuuid,
            accessionid=accessionid,
            sipuuid=sipuuid,
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

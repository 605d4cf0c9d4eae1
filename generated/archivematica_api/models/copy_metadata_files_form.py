from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CopyMetadataFilesForm")


@_attrs_define
class CopyMetadataFilesForm:
    """The form fields of `copy_ingest_metadata_files`. `source_paths[]` is sent as repeated fields of that exact name
    (brackets included).

        Attributes:
            sip_uuid (UUID): The SIP to add the files to.
            source_paths (list[str]): The metadata files to copy; each is a location path.
    """

    sip_uuid: UUID
    source_paths: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sip_uuid = str(self.sip_uuid)

        source_paths = self.source_paths

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sip_uuid": sip_uuid,
                "source_paths[]": source_paths,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sip_uuid = UUID(d.pop("sip_uuid"))

        source_paths = cast("list[str]", d.pop("source_paths[]"))

        _obj = cls(
            sip_uuid=sip_uuid,
            source_paths=source_paths,
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

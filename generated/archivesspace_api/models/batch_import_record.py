from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchImportRecord")


@_attrs_define
class BatchImportRecord:
    """One record of a batch import: any top-level JSONModel record (accession, resource, archival_object, agent,
    subject...) with its `jsonmodel_type` and a temporary `uri` (such as `/repositories/import/resources/import_1`) that
    other records of the same batch use to link to it. The server gives it a real URI when it saves it.

        Attributes:
            jsonmodel_type (str): The record's JSONModel type.
            uri (str): The record's temporary URI, unique in the batch.
    """

    jsonmodel_type: str
    uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonmodel_type": jsonmodel_type,
                "uri": uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jsonmodel_type = d.pop("jsonmodel_type")

        uri = d.pop("uri")

        _obj = cls(
            jsonmodel_type=jsonmodel_type,
            uri=uri,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SystemInfoSolrInfo")


@_attrs_define
class SystemInfoSolrInfo:
    """Checksums of the Solr schema and solrconfig, as shipped (`*_internal`) and as running (`*_external`); they differ
    when Solr needs its configuration updated.

        Attributes:
            schema_checksum_internal (str | Unset):
            schema_checksum_external (str | Unset):
            solrconfig_checksum_internal (str | Unset):
            solrconfig_checksum_external (str | Unset):
    """

    schema_checksum_internal: str | Unset = UNSET
    schema_checksum_external: str | Unset = UNSET
    solrconfig_checksum_internal: str | Unset = UNSET
    solrconfig_checksum_external: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema_checksum_internal = self.schema_checksum_internal

        schema_checksum_external = self.schema_checksum_external

        solrconfig_checksum_internal = self.solrconfig_checksum_internal

        solrconfig_checksum_external = self.solrconfig_checksum_external

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema_checksum_internal is not UNSET:
            field_dict["schema_checksum_internal"] = schema_checksum_internal
        if schema_checksum_external is not UNSET:
            field_dict["schema_checksum_external"] = schema_checksum_external
        if solrconfig_checksum_internal is not UNSET:
            field_dict["solrconfig_checksum_internal"] = solrconfig_checksum_internal
        if solrconfig_checksum_external is not UNSET:
            field_dict["solrconfig_checksum_external"] = solrconfig_checksum_external

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        schema_checksum_internal = d.pop("schema_checksum_internal", UNSET)

        schema_checksum_external = d.pop("schema_checksum_external", UNSET)

        solrconfig_checksum_internal = d.pop("solrconfig_checksum_internal", UNSET)

        solrconfig_checksum_external = d.pop("solrconfig_checksum_external", UNSET)

        _obj = cls(
            schema_checksum_internal=schema_checksum_internal,
            schema_checksum_external=schema_checksum_external,
            solrconfig_checksum_internal=solrconfig_checksum_internal,
            solrconfig_checksum_external=solrconfig_checksum_external,
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

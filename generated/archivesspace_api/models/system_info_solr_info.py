from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class SystemInfoSolrInfo(_r.Record):
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


_r.bind(
    SystemInfoSolrInfo,
    _r.Field("schema_checksum_internal", "schema_checksum_internal", _r.STR),
    _r.Field("schema_checksum_external", "schema_checksum_external", _r.STR),
    _r.Field("solrconfig_checksum_internal", "solrconfig_checksum_internal", _r.STR),
    _r.Field("solrconfig_checksum_external", "solrconfig_checksum_external", _r.STR),
    extra=_r.ANY,
)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_info_appconfig import SystemInfoAppconfig
    from ..models.system_info_db_info import SystemInfoDbInfo
    from ..models.system_info_memory import SystemInfoMemory
    from ..models.system_info_solr_info import SystemInfoSolrInfo


@_attrs_define(slots=False, repr=False)
class SystemInfo(_r.Record):
    """Diagnostics of the running backend. Every part is as the server reports it and may grow between versions.

    Attributes:
        version (str | Unset): The ArchivesSpace version.
        appconfig (SystemInfoAppconfig | Unset): The server's configuration settings, with secrets removed.
        memory (SystemInfoMemory | Unset): The Java virtual machine's memory, in bytes.
        cpu_count (int | Unset): The processors available to the server.
        db_info (SystemInfoDbInfo | Unset): The database's name, version and settings.
        solr_info (SystemInfoSolrInfo | Unset): Checksums of the Solr schema and solrconfig, as shipped (`*_internal`)
            and as running (`*_external`); they differ when Solr needs its configuration updated.
    """

    version: str | Unset = UNSET
    appconfig: SystemInfoAppconfig | Unset = UNSET
    memory: SystemInfoMemory | Unset = UNSET
    cpu_count: int | Unset = UNSET
    db_info: SystemInfoDbInfo | Unset = UNSET
    solr_info: SystemInfoSolrInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SystemInfo,
    _r.Field("version", "version", _r.STR),
    _r.Field(
        "appconfig",
        "appconfig",
        _r.model("system_info_appconfig", "SystemInfoAppconfig"),
    ),
    _r.Field("memory", "memory", _r.model("system_info_memory", "SystemInfoMemory")),
    _r.Field("cpu_count", "cpu_count", _r.INT),
    _r.Field("db_info", "db_info", _r.model("system_info_db_info", "SystemInfoDbInfo")),
    _r.Field(
        "solr_info",
        "solr_info",
        _r.model("system_info_solr_info", "SystemInfoSolrInfo"),
    ),
    extra=_r.ANY,
)

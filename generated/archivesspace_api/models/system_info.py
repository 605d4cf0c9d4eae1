from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.system_info_appconfig import SystemInfoAppconfig
    from ..models.system_info_db_info import SystemInfoDbInfo
    from ..models.system_info_memory import SystemInfoMemory
    from ..models.system_info_solr_info import SystemInfoSolrInfo

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.system_info_appconfig import SystemInfoAppconfig  # noqa: PLC0415
    from ..models.system_info_db_info import SystemInfoDbInfo  # noqa: PLC0415
    from ..models.system_info_memory import SystemInfoMemory  # noqa: PLC0415
    from ..models.system_info_solr_info import SystemInfoSolrInfo  # noqa: PLC0415

    globals().update(
        {
            "SystemInfoAppconfig": SystemInfoAppconfig,
            "SystemInfoDbInfo": SystemInfoDbInfo,
            "SystemInfoMemory": SystemInfoMemory,
            "SystemInfoSolrInfo": SystemInfoSolrInfo,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="SystemInfo")


@_attrs_define
class SystemInfo:
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

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        version = self.version

        appconfig: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appconfig, Unset):
            appconfig = self.appconfig.to_dict()

        memory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory, Unset):
            memory = self.memory.to_dict()

        cpu_count = self.cpu_count

        db_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.db_info, Unset):
            db_info = self.db_info.to_dict()

        solr_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.solr_info, Unset):
            solr_info = self.solr_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if appconfig is not UNSET:
            field_dict["appconfig"] = appconfig
        if memory is not UNSET:
            field_dict["memory"] = memory
        if cpu_count is not UNSET:
            field_dict["cpu_count"] = cpu_count
        if db_info is not UNSET:
            field_dict["db_info"] = db_info
        if solr_info is not UNSET:
            field_dict["solr_info"] = solr_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        _appconfig = d.pop("appconfig", UNSET)
        appconfig: SystemInfoAppconfig | Unset
        if isinstance(_appconfig, Unset):
            appconfig = UNSET
        else:
            appconfig = SystemInfoAppconfig.from_dict(_appconfig)

        _memory = d.pop("memory", UNSET)
        memory: SystemInfoMemory | Unset
        if isinstance(_memory, Unset):
            memory = UNSET
        else:
            memory = SystemInfoMemory.from_dict(_memory)

        cpu_count = d.pop("cpu_count", UNSET)

        _db_info = d.pop("db_info", UNSET)
        db_info: SystemInfoDbInfo | Unset
        if isinstance(_db_info, Unset):
            db_info = UNSET
        else:
            db_info = SystemInfoDbInfo.from_dict(_db_info)

        _solr_info = d.pop("solr_info", UNSET)
        solr_info: SystemInfoSolrInfo | Unset
        if isinstance(_solr_info, Unset):
            solr_info = UNSET
        else:
            solr_info = SystemInfoSolrInfo.from_dict(_solr_info)

        _obj = cls(
            version=version,
            appconfig=appconfig,
            memory=memory,
            cpu_count=cpu_count,
            db_info=db_info,
            solr_info=solr_info,
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

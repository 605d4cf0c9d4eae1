from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="AgentAlternateSet")


@_attrs_define
class AgentAlternateSet:
    """Another authority record of the same entity, in another system (EAC-CPF `<setComponent>` of `<alternativeSet>`).

    Attributes:
        jsonmodel_type (Literal['agent_alternate_set']):  Default: 'agent_alternate_set'.
        set_component (str | Unset): The other record, as a citation or an identifier.
        descriptive_note (str | Unset):
        file_uri (str | Unset): A link to the other record.
        file_version_xlink_actuate_attribute (str | Unset): XLink `actuate` of the link (enumeration
            `file_version_xlink_actuate_attribute`).
        file_version_xlink_show_attribute (str | Unset): XLink `show` of the link (enumeration
            `file_version_xlink_show_attribute`).
        xlink_title_attribute (str | Unset): XLink `title` of the link.
        xlink_role_attribute (str | Unset): XLink `role` of the link.
        xlink_arcrole_attribute (str | Unset): XLink `arcrole` of the link.
        last_verified_date (str | Unset): When the link was last checked, an ISO 8601 date and time.
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["agent_alternate_set"] = "agent_alternate_set"
    set_component: str | Unset = UNSET
    descriptive_note: str | Unset = UNSET
    file_uri: str | Unset = UNSET
    file_version_xlink_actuate_attribute: str | Unset = UNSET
    file_version_xlink_show_attribute: str | Unset = UNSET
    xlink_title_attribute: str | Unset = UNSET
    xlink_role_attribute: str | Unset = UNSET
    xlink_arcrole_attribute: str | Unset = UNSET
    last_verified_date: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        jsonmodel_type = self.jsonmodel_type

        set_component = self.set_component

        descriptive_note = self.descriptive_note

        file_uri = self.file_uri

        file_version_xlink_actuate_attribute = self.file_version_xlink_actuate_attribute

        file_version_xlink_show_attribute = self.file_version_xlink_show_attribute

        xlink_title_attribute = self.xlink_title_attribute

        xlink_role_attribute = self.xlink_role_attribute

        xlink_arcrole_attribute = self.xlink_arcrole_attribute

        last_verified_date = self.last_verified_date

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if set_component is not UNSET:
            field_dict["set_component"] = set_component
        if descriptive_note is not UNSET:
            field_dict["descriptive_note"] = descriptive_note
        if file_uri is not UNSET:
            field_dict["file_uri"] = file_uri
        if file_version_xlink_actuate_attribute is not UNSET:
            field_dict["file_version_xlink_actuate_attribute"] = (
                file_version_xlink_actuate_attribute
            )
        if file_version_xlink_show_attribute is not UNSET:
            field_dict["file_version_xlink_show_attribute"] = (
                file_version_xlink_show_attribute
            )
        if xlink_title_attribute is not UNSET:
            field_dict["xlink_title_attribute"] = xlink_title_attribute
        if xlink_role_attribute is not UNSET:
            field_dict["xlink_role_attribute"] = xlink_role_attribute
        if xlink_arcrole_attribute is not UNSET:
            field_dict["xlink_arcrole_attribute"] = xlink_arcrole_attribute
        if last_verified_date is not UNSET:
            field_dict["last_verified_date"] = last_verified_date
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        jsonmodel_type = cast("Literal['agent_alternate_set']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "agent_alternate_set":
            raise ValueError(
                f"jsonmodel_type must match const 'agent_alternate_set', got '{jsonmodel_type}'"
            )

        set_component = d.pop("set_component", UNSET)

        descriptive_note = d.pop("descriptive_note", UNSET)

        file_uri = d.pop("file_uri", UNSET)

        file_version_xlink_actuate_attribute = d.pop(
            "file_version_xlink_actuate_attribute", UNSET
        )

        file_version_xlink_show_attribute = d.pop(
            "file_version_xlink_show_attribute", UNSET
        )

        xlink_title_attribute = d.pop("xlink_title_attribute", UNSET)

        xlink_role_attribute = d.pop("xlink_role_attribute", UNSET)

        xlink_arcrole_attribute = d.pop("xlink_arcrole_attribute", UNSET)

        last_verified_date = d.pop("last_verified_date", UNSET)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _user_mtime = d.pop("user_mtime", UNSET)
        user_mtime: datetime.datetime | Unset
        if isinstance(_user_mtime, Unset):
            user_mtime = UNSET
        else:
            user_mtime = parse_datetime(_user_mtime)

        _system_mtime = d.pop("system_mtime", UNSET)
        system_mtime: datetime.datetime | Unset
        if isinstance(_system_mtime, Unset):
            system_mtime = UNSET
        else:
            system_mtime = parse_datetime(_system_mtime)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            jsonmodel_type=jsonmodel_type,
            set_component=set_component,
            descriptive_note=descriptive_note,
            file_uri=file_uri,
            file_version_xlink_actuate_attribute=file_version_xlink_actuate_attribute,
            file_version_xlink_show_attribute=file_version_xlink_show_attribute,
            xlink_title_attribute=xlink_title_attribute,
            xlink_role_attribute=xlink_role_attribute,
            xlink_arcrole_attribute=xlink_arcrole_attribute,
            last_verified_date=last_verified_date,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
            create_time=create_time,
            repository=repository,
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

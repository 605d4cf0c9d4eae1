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


T = TypeVar("T", bound="SubContainer")


@_attrs_define
class SubContainer:
    """A position inside a top container: the top container (box) itself, then up to two nested levels (folder, item...).

    Attributes:
        top_container (Ref): A link to another record by URI. With `resolve[]` naming the property that holds it, the
            server adds the linked record as `_resolved`.
        jsonmodel_type (Literal['sub_container']):  Default: 'sub_container'.
        type_2 (str | Unset): The kind of the second-level container (enumeration `container_type`; known values `box`,
            `carton`, `case`, `container`, `folder`, `frame`, `object`, `page`, `reel`, `volume`).
        indicator_2 (str | Unset): The number or label of the second-level container.
        barcode_2 (str | Unset): The barcode of the second-level container.
        type_3 (str | Unset): The kind of the third-level container (enumeration `container_type`, as `type_2`).
        indicator_3 (str | Unset): The number or label of the third-level container.
        display_string (str | Unset): The whole position as one line, computed by the server.
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    top_container: Ref
    jsonmodel_type: Literal["sub_container"] = "sub_container"
    type_2: str | Unset = UNSET
    indicator_2: str | Unset = UNSET
    barcode_2: str | Unset = UNSET
    type_3: str | Unset = UNSET
    indicator_3: str | Unset = UNSET
    display_string: str | Unset = UNSET
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
        top_container = self.top_container.to_dict()

        jsonmodel_type = self.jsonmodel_type

        type_2 = self.type_2

        indicator_2 = self.indicator_2

        barcode_2 = self.barcode_2

        type_3 = self.type_3

        indicator_3 = self.indicator_3

        display_string = self.display_string

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
                "top_container": top_container,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if type_2 is not UNSET:
            field_dict["type_2"] = type_2
        if indicator_2 is not UNSET:
            field_dict["indicator_2"] = indicator_2
        if barcode_2 is not UNSET:
            field_dict["barcode_2"] = barcode_2
        if type_3 is not UNSET:
            field_dict["type_3"] = type_3
        if indicator_3 is not UNSET:
            field_dict["indicator_3"] = indicator_3
        if display_string is not UNSET:
            field_dict["display_string"] = display_string
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
        top_container = Ref.from_dict(d.pop("top_container"))

        jsonmodel_type = cast("Literal['sub_container']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "sub_container":
            raise ValueError(
                f"jsonmodel_type must match const 'sub_container', got '{jsonmodel_type}'"
            )

        type_2 = d.pop("type_2", UNSET)

        indicator_2 = d.pop("indicator_2", UNSET)

        barcode_2 = d.pop("barcode_2", UNSET)

        type_3 = d.pop("type_3", UNSET)

        indicator_3 = d.pop("indicator_3", UNSET)

        display_string = d.pop("display_string", UNSET)

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
            top_container=top_container,
            jsonmodel_type=jsonmodel_type,
            type_2=type_2,
            indicator_2=indicator_2,
            barcode_2=barcode_2,
            type_3=type_3,
            indicator_3=indicator_3,
            display_string=display_string,
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

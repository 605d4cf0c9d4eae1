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
    from ..models.enumeration_value import EnumerationValue
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.enumeration_value import EnumerationValue  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "EnumerationValue": EnumerationValue,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Enumeration")


@_attrs_define
class Enumeration:
    """A controlled value list, such as `extent_extent_type` or `language_iso639_2`: the values allowed in every record
    property that uses it (a "dynamic enum"). Administrators can add, reorder and suppress values of editable lists.

        Attributes:
            name (str): The enumeration's name.
            values (list[str]): The values as plain strings. On update this is the new list: values left out are deleted
                (which fails for values still in use; migrate them first).
            jsonmodel_type (Literal['enumeration']):  Default: 'enumeration'.
            uri (str | Unset): The enumeration's URI.
            default_value (str | Unset): The value new records start with, if any.
            editable (bool | Unset): Whether values can be added and removed (some lists are fixed by the system).
            relationships (list[str] | Unset): The record properties that use the list (filled in by the server).
            enumeration_values (list[EnumerationValue] | Unset): The values as records, with their positions and
                suppression.
            readonly_values (list[str] | Unset): Values that cannot be removed or renamed.
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    name: str
    values: list[str]
    jsonmodel_type: Literal["enumeration"] = "enumeration"
    uri: str | Unset = UNSET
    default_value: str | Unset = UNSET
    editable: bool | Unset = UNSET
    relationships: list[str] | Unset = UNSET
    enumeration_values: list[EnumerationValue] | Unset = UNSET
    readonly_values: list[str] | Unset = UNSET
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
        name = self.name

        values = self.values

        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        default_value = self.default_value

        editable = self.editable

        relationships: list[str] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships

        enumeration_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.enumeration_values, Unset):
            enumeration_values = []
            for enumeration_values_item_data in self.enumeration_values:
                enumeration_values_item = enumeration_values_item_data.to_dict()
                enumeration_values.append(enumeration_values_item)

        readonly_values: list[str] | Unset = UNSET
        if not isinstance(self.readonly_values, Unset):
            readonly_values = self.readonly_values

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
                "name": name,
                "values": values,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if editable is not UNSET:
            field_dict["editable"] = editable
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if enumeration_values is not UNSET:
            field_dict["enumeration_values"] = enumeration_values
        if readonly_values is not UNSET:
            field_dict["readonly_values"] = readonly_values
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
        name = d.pop("name")

        values = cast("list[str]", d.pop("values"))

        jsonmodel_type = cast("Literal['enumeration']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "enumeration":
            raise ValueError(
                f"jsonmodel_type must match const 'enumeration', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        default_value = d.pop("default_value", UNSET)

        editable = d.pop("editable", UNSET)

        relationships = cast("list[str]", d.pop("relationships", UNSET))

        _enumeration_values = d.pop("enumeration_values", UNSET)
        enumeration_values: list[EnumerationValue] | Unset = UNSET
        if _enumeration_values is not UNSET:
            enumeration_values = []
            for enumeration_values_item_data in _enumeration_values:
                enumeration_values_item = EnumerationValue.from_dict(
                    enumeration_values_item_data
                )

                enumeration_values.append(enumeration_values_item)

        readonly_values = cast("list[str]", d.pop("readonly_values", UNSET))

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
            name=name,
            values=values,
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            default_value=default_value,
            editable=editable,
            relationships=relationships,
            enumeration_values=enumeration_values,
            readonly_values=readonly_values,
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

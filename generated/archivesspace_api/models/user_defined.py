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


T = TypeVar("T", bound="UserDefined")


@_attrs_define
class UserDefined:
    """Fields each repository may use for its own purposes, with labels configured in the staff interface. The "integer"
    and "real" fields hold numbers as text.

        Attributes:
            jsonmodel_type (Literal['user_defined']):  Default: 'user_defined'.
            boolean_1 (bool | Unset):  Default: False.
            boolean_2 (bool | Unset):  Default: False.
            boolean_3 (bool | Unset):  Default: False.
            integer_1 (str | Unset): An integer in text form.
            integer_2 (str | Unset): An integer in text form.
            integer_3 (str | Unset): An integer in text form.
            real_1 (str | Unset): A decimal number in text form.
            real_2 (str | Unset): A decimal number in text form.
            real_3 (str | Unset): A decimal number in text form.
            string_1 (str | Unset):
            string_2 (str | Unset):
            string_3 (str | Unset):
            string_4 (str | Unset):
            text_1 (str | Unset):
            text_2 (str | Unset):
            text_3 (str | Unset):
            text_4 (str | Unset):
            text_5 (str | Unset):
            date_1 (str | Unset): A date as `YYYY-MM-DD`.
            date_2 (str | Unset): A date as `YYYY-MM-DD`.
            date_3 (str | Unset): A date as `YYYY-MM-DD`.
            enum_1 (str | Unset): A value of the repository-defined enumeration `user_defined_enum_1` (seeded with
                `novalue`).
            enum_2 (str | Unset): A value of the repository-defined enumeration `user_defined_enum_2` (seeded with
                `novalue`).
            enum_3 (str | Unset): A value of the repository-defined enumeration `user_defined_enum_3` (seeded with
                `novalue`).
            enum_4 (str | Unset): A value of the repository-defined enumeration `user_defined_enum_4` (seeded with
                `novalue`).
            lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["user_defined"] = "user_defined"
    boolean_1: bool | Unset = False
    boolean_2: bool | Unset = False
    boolean_3: bool | Unset = False
    integer_1: str | Unset = UNSET
    integer_2: str | Unset = UNSET
    integer_3: str | Unset = UNSET
    real_1: str | Unset = UNSET
    real_2: str | Unset = UNSET
    real_3: str | Unset = UNSET
    string_1: str | Unset = UNSET
    string_2: str | Unset = UNSET
    string_3: str | Unset = UNSET
    string_4: str | Unset = UNSET
    text_1: str | Unset = UNSET
    text_2: str | Unset = UNSET
    text_3: str | Unset = UNSET
    text_4: str | Unset = UNSET
    text_5: str | Unset = UNSET
    date_1: str | Unset = UNSET
    date_2: str | Unset = UNSET
    date_3: str | Unset = UNSET
    enum_1: str | Unset = UNSET
    enum_2: str | Unset = UNSET
    enum_3: str | Unset = UNSET
    enum_4: str | Unset = UNSET
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

        boolean_1 = self.boolean_1

        boolean_2 = self.boolean_2

        boolean_3 = self.boolean_3

        integer_1 = self.integer_1

        integer_2 = self.integer_2

        integer_3 = self.integer_3

        real_1 = self.real_1

        real_2 = self.real_2

        real_3 = self.real_3

        string_1 = self.string_1

        string_2 = self.string_2

        string_3 = self.string_3

        string_4 = self.string_4

        text_1 = self.text_1

        text_2 = self.text_2

        text_3 = self.text_3

        text_4 = self.text_4

        text_5 = self.text_5

        date_1 = self.date_1

        date_2 = self.date_2

        date_3 = self.date_3

        enum_1 = self.enum_1

        enum_2 = self.enum_2

        enum_3 = self.enum_3

        enum_4 = self.enum_4

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
        if boolean_1 is not UNSET:
            field_dict["boolean_1"] = boolean_1
        if boolean_2 is not UNSET:
            field_dict["boolean_2"] = boolean_2
        if boolean_3 is not UNSET:
            field_dict["boolean_3"] = boolean_3
        if integer_1 is not UNSET:
            field_dict["integer_1"] = integer_1
        if integer_2 is not UNSET:
            field_dict["integer_2"] = integer_2
        if integer_3 is not UNSET:
            field_dict["integer_3"] = integer_3
        if real_1 is not UNSET:
            field_dict["real_1"] = real_1
        if real_2 is not UNSET:
            field_dict["real_2"] = real_2
        if real_3 is not UNSET:
            field_dict["real_3"] = real_3
        if string_1 is not UNSET:
            field_dict["string_1"] = string_1
        if string_2 is not UNSET:
            field_dict["string_2"] = string_2
        if string_3 is not UNSET:
            field_dict["string_3"] = string_3
        if string_4 is not UNSET:
            field_dict["string_4"] = string_4
        if text_1 is not UNSET:
            field_dict["text_1"] = text_1
        if text_2 is not UNSET:
            field_dict["text_2"] = text_2
        if text_3 is not UNSET:
            field_dict["text_3"] = text_3
        if text_4 is not UNSET:
            field_dict["text_4"] = text_4
        if text_5 is not UNSET:
            field_dict["text_5"] = text_5
        if date_1 is not UNSET:
            field_dict["date_1"] = date_1
        if date_2 is not UNSET:
            field_dict["date_2"] = date_2
        if date_3 is not UNSET:
            field_dict["date_3"] = date_3
        if enum_1 is not UNSET:
            field_dict["enum_1"] = enum_1
        if enum_2 is not UNSET:
            field_dict["enum_2"] = enum_2
        if enum_3 is not UNSET:
            field_dict["enum_3"] = enum_3
        if enum_4 is not UNSET:
            field_dict["enum_4"] = enum_4
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
        jsonmodel_type = cast("Literal['user_defined']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "user_defined":
            raise ValueError(
                f"jsonmodel_type must match const 'user_defined', got '{jsonmodel_type}'"
            )

        boolean_1 = d.pop("boolean_1", UNSET)

        boolean_2 = d.pop("boolean_2", UNSET)

        boolean_3 = d.pop("boolean_3", UNSET)

        integer_1 = d.pop("integer_1", UNSET)

        integer_2 = d.pop("integer_2", UNSET)

        integer_3 = d.pop("integer_3", UNSET)

        real_1 = d.pop("real_1", UNSET)

        real_2 = d.pop("real_2", UNSET)

        real_3 = d.pop("real_3", UNSET)

        string_1 = d.pop("string_1", UNSET)

        string_2 = d.pop("string_2", UNSET)

        string_3 = d.pop("string_3", UNSET)

        string_4 = d.pop("string_4", UNSET)

        text_1 = d.pop("text_1", UNSET)

        text_2 = d.pop("text_2", UNSET)

        text_3 = d.pop("text_3", UNSET)

        text_4 = d.pop("text_4", UNSET)

        text_5 = d.pop("text_5", UNSET)

        date_1 = d.pop("date_1", UNSET)

        date_2 = d.pop("date_2", UNSET)

        date_3 = d.pop("date_3", UNSET)

        enum_1 = d.pop("enum_1", UNSET)

        enum_2 = d.pop("enum_2", UNSET)

        enum_3 = d.pop("enum_3", UNSET)

        enum_4 = d.pop("enum_4", UNSET)

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
            boolean_1=boolean_1,
            boolean_2=boolean_2,
            boolean_3=boolean_3,
            integer_1=integer_1,
            integer_2=integer_2,
            integer_3=integer_3,
            real_1=real_1,
            real_2=real_2,
            real_3=real_3,
            string_1=string_1,
            string_2=string_2,
            string_3=string_3,
            string_4=string_4,
            text_1=text_1,
            text_2=text_2,
            text_3=text_3,
            text_4=text_4,
            text_5=text_5,
            date_1=date_1,
            date_2=date_2,
            date_3=date_3,
            enum_1=enum_1,
            enum_2=enum_2,
            enum_3=enum_3,
            enum_4=enum_4,
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

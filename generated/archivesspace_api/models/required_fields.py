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

from ..models.required_fields_record_type import (
    RequiredFieldsRecordType,
    check_required_fields_record_type,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.subrecord_requirement import SubrecordRequirement

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.subrecord_requirement import SubrecordRequirement  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
            "SubrecordRequirement": SubrecordRequirement,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="RequiredFields")


@_attrs_define
class RequiredFields:
    """Extra requirements a repository puts on one agent record type: which subrecords must be present and which of their
    fields must be filled. Only agent types can be customised.

        Attributes:
            record_type (RequiredFieldsRecordType): The record type the requirements apply to (the server accepts only
                `agent_*` types).
            jsonmodel_type (Literal['required_fields']):  Default: 'required_fields'.
            uri (str | Unset): The requirements' URI.
            subrecord_requirements (list[SubrecordRequirement] | Unset): One entry per subrecord property; an empty list
                removes the requirements.
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    record_type: RequiredFieldsRecordType
    jsonmodel_type: Literal["required_fields"] = "required_fields"
    uri: str | Unset = UNSET
    subrecord_requirements: list[SubrecordRequirement] | Unset = UNSET
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
        record_type: str = self.record_type

        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        subrecord_requirements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subrecord_requirements, Unset):
            subrecord_requirements = []
            for subrecord_requirements_item_data in self.subrecord_requirements:
                subrecord_requirements_item = subrecord_requirements_item_data.to_dict()
                subrecord_requirements.append(subrecord_requirements_item)

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
                "record_type": record_type,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if subrecord_requirements is not UNSET:
            field_dict["subrecord_requirements"] = subrecord_requirements
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
        record_type = check_required_fields_record_type(d.pop("record_type"))

        jsonmodel_type = cast("Literal['required_fields']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "required_fields":
            raise ValueError(
                f"jsonmodel_type must match const 'required_fields', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        _subrecord_requirements = d.pop("subrecord_requirements", UNSET)
        subrecord_requirements: list[SubrecordRequirement] | Unset = UNSET
        if _subrecord_requirements is not UNSET:
            subrecord_requirements = []
            for subrecord_requirements_item_data in _subrecord_requirements:
                subrecord_requirements_item = SubrecordRequirement.from_dict(
                    subrecord_requirements_item_data
                )

                subrecord_requirements.append(subrecord_requirements_item)

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
            record_type=record_type,
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            subrecord_requirements=subrecord_requirements,
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

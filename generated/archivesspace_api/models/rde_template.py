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

from ..models.rde_template_record_type import (
    RdeTemplateRecordType,
    check_rde_template_record_type,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.rde_template_defaults import RdeTemplateDefaults
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.rde_template_defaults import RdeTemplateDefaults  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "RdeTemplateDefaults": RdeTemplateDefaults,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="RdeTemplate")


@_attrs_define
class RdeTemplate:
    """A saved layout of the staff interface's Rapid Data Entry form: which columns show, in what order, and the values
    they start with.

        Attributes:
            name (str): The template's name.
            record_type (RdeTemplateRecordType): The kind of record the form creates.
            jsonmodel_type (Literal['rde_template']):  Default: 'rde_template'.
            uri (str | Unset): The template's URI.
            order (list[str] | Unset): The form's column ids, in display order.
            visible (list[str] | Unset): The ids of the columns shown.
            defaults (RdeTemplateDefaults | Unset): Starting values, keyed by column id.
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
    record_type: RdeTemplateRecordType
    jsonmodel_type: Literal["rde_template"] = "rde_template"
    uri: str | Unset = UNSET
    order: list[str] | Unset = UNSET
    visible: list[str] | Unset = UNSET
    defaults: RdeTemplateDefaults | Unset = UNSET
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

        record_type: str = self.record_type

        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        order: list[str] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order

        visible: list[str] | Unset = UNSET
        if not isinstance(self.visible, Unset):
            visible = self.visible

        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()

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
                "record_type": record_type,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if order is not UNSET:
            field_dict["order"] = order
        if visible is not UNSET:
            field_dict["visible"] = visible
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
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

        record_type = check_rde_template_record_type(d.pop("record_type"))

        jsonmodel_type = cast("Literal['rde_template']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "rde_template":
            raise ValueError(
                f"jsonmodel_type must match const 'rde_template', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        order = cast("list[str]", d.pop("order", UNSET))

        visible = cast("list[str]", d.pop("visible", UNSET))

        _defaults = d.pop("defaults", UNSET)
        defaults: RdeTemplateDefaults | Unset
        if isinstance(_defaults, Unset):
            defaults = UNSET
        else:
            defaults = RdeTemplateDefaults.from_dict(_defaults)

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
            record_type=record_type,
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            order=order,
            visible=visible,
            defaults=defaults,
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

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

from ..models.date_field_query_comparator import (
    DateFieldQueryComparator,
    check_date_field_query_comparator,
)
from ..models.date_field_query_precision import (
    DateFieldQueryPrecision,
    check_date_field_query_precision,
)
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


T = TypeVar("T", bound="DateFieldQuery")


@_attrs_define
class DateFieldQuery:
    """A condition comparing a date field with a date.

    Attributes:
        field (str): The date field.
        jsonmodel_type (Literal['date_field_query']):  Default: 'date_field_query'.
        comparator (DateFieldQueryComparator | Unset): How to compare; `empty` means the field has no value.
        value (str | Unset): The date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
        negated (bool | Unset): Match the records that do NOT meet the condition. Default: False.
        precision (DateFieldQueryPrecision | Unset): The unit the comparison rounds to; needed for `greater_than` and
            `equal`.
        lock_version (int | str | Unset): Unused on queries.
        created_by (str | Unset): Unused on queries.
        last_modified_by (str | Unset): Unused on queries.
        user_mtime (datetime.datetime | Unset): Unused on queries.
        system_mtime (datetime.datetime | Unset): Unused on queries.
        create_time (datetime.datetime | Unset): Unused on queries.
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    field: str
    jsonmodel_type: Literal["date_field_query"] = "date_field_query"
    comparator: DateFieldQueryComparator | Unset = UNSET
    value: str | Unset = UNSET
    negated: bool | Unset = False
    precision: DateFieldQueryPrecision | Unset = UNSET
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
        field = self.field

        jsonmodel_type = self.jsonmodel_type

        comparator: str | Unset = UNSET
        if not isinstance(self.comparator, Unset):
            comparator = self.comparator

        value = self.value

        negated = self.negated

        precision: str | Unset = UNSET
        if not isinstance(self.precision, Unset):
            precision = self.precision

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
                "field": field,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if comparator is not UNSET:
            field_dict["comparator"] = comparator
        if value is not UNSET:
            field_dict["value"] = value
        if negated is not UNSET:
            field_dict["negated"] = negated
        if precision is not UNSET:
            field_dict["precision"] = precision
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
        field = d.pop("field")

        jsonmodel_type = cast("Literal['date_field_query']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "date_field_query":
            raise ValueError(
                f"jsonmodel_type must match const 'date_field_query', got '{jsonmodel_type}'"
            )

        _comparator = d.pop("comparator", UNSET)
        comparator: DateFieldQueryComparator | Unset
        if isinstance(_comparator, Unset):
            comparator = UNSET
        else:
            comparator = check_date_field_query_comparator(_comparator)

        value = d.pop("value", UNSET)

        negated = d.pop("negated", UNSET)

        _precision = d.pop("precision", UNSET)
        precision: DateFieldQueryPrecision | Unset
        if isinstance(_precision, Unset):
            precision = UNSET
        else:
            precision = check_date_field_query_precision(_precision)

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
            field=field,
            jsonmodel_type=jsonmodel_type,
            comparator=comparator,
            value=value,
            negated=negated,
            precision=precision,
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

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

from ..models.boolean_query_op import BooleanQueryOp, check_boolean_query_op
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.boolean_field_query import BooleanFieldQuery
    from ..models.date_field_query import DateFieldQuery
    from ..models.field_query import FieldQuery
    from ..models.range_query import RangeQuery
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.boolean_field_query import BooleanFieldQuery  # noqa: PLC0415
    from ..models.date_field_query import DateFieldQuery  # noqa: PLC0415
    from ..models.field_query import FieldQuery  # noqa: PLC0415
    from ..models.range_query import RangeQuery  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "BooleanFieldQuery": BooleanFieldQuery,
            "DateFieldQuery": DateFieldQuery,
            "FieldQuery": FieldQuery,
            "RangeQuery": RangeQuery,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="BooleanQuery")


@_attrs_define
class BooleanQuery:
    """Combines queries with AND, OR or NOT, rendered as `(q1 OP q2 ...)`. NOT is placed between the clauses as Solr's
    infix operator (`a NOT b`), so put the positive clause first.

        Attributes:
            op (BooleanQueryOp): The operator joining the subqueries.
            subqueries (list[BooleanFieldQuery | BooleanQuery | DateFieldQuery | FieldQuery | RangeQuery]): The combined
                queries (at least one), each with its `jsonmodel_type`.
            jsonmodel_type (Literal['boolean_query']):  Default: 'boolean_query'.
            lock_version (int | str | Unset): Unused on queries.
            created_by (str | Unset): Unused on queries.
            last_modified_by (str | Unset): Unused on queries.
            user_mtime (datetime.datetime | Unset): Unused on queries.
            system_mtime (datetime.datetime | Unset): Unused on queries.
            create_time (datetime.datetime | Unset): Unused on queries.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    op: BooleanQueryOp
    subqueries: list[
        BooleanFieldQuery | BooleanQuery | DateFieldQuery | FieldQuery | RangeQuery
    ]
    jsonmodel_type: Literal["boolean_query"] = "boolean_query"
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
        op: str = self.op

        subqueries = []
        for subqueries_item_data in self.subqueries:
            subqueries_item: dict[str, Any]
            if isinstance(subqueries_item_data, BooleanQuery):
                subqueries_item = subqueries_item_data.to_dict()
            elif isinstance(subqueries_item_data, FieldQuery):
                subqueries_item = subqueries_item_data.to_dict()
            elif isinstance(subqueries_item_data, BooleanFieldQuery):
                subqueries_item = subqueries_item_data.to_dict()
            elif isinstance(subqueries_item_data, DateFieldQuery):
                subqueries_item = subqueries_item_data.to_dict()
            else:
                subqueries_item = subqueries_item_data.to_dict()

            subqueries.append(subqueries_item)

        jsonmodel_type = self.jsonmodel_type

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
                "op": op,
                "subqueries": subqueries,
                "jsonmodel_type": jsonmodel_type,
            }
        )
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
        op = check_boolean_query_op(d.pop("op"))

        subqueries = []
        _subqueries = d.pop("subqueries")
        for subqueries_item_data in _subqueries:

            def _parse_subqueries_item(
                data: object,
            ) -> (
                BooleanFieldQuery
                | BooleanQuery
                | DateFieldQuery
                | FieldQuery
                | RangeQuery
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subqueries_item_type_0 = BooleanQuery.from_dict(data)

                    return subqueries_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subqueries_item_type_1 = FieldQuery.from_dict(data)

                    return subqueries_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subqueries_item_type_2 = BooleanFieldQuery.from_dict(data)

                    return subqueries_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    subqueries_item_type_3 = DateFieldQuery.from_dict(data)

                    return subqueries_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                subqueries_item_type_4 = RangeQuery.from_dict(data)

                return subqueries_item_type_4

            subqueries_item = _parse_subqueries_item(subqueries_item_data)

            subqueries.append(subqueries_item)

        jsonmodel_type = cast("Literal['boolean_query']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "boolean_query":
            raise ValueError(
                f"jsonmodel_type must match const 'boolean_query', got '{jsonmodel_type}'"
            )

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
            op=op,
            subqueries=subqueries,
            jsonmodel_type=jsonmodel_type,
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

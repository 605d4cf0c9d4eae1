from __future__ import annotations

import datetime
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enumeration_value import EnumerationValue
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class Enumeration(_r.Record):
    """A controlled value list, such as `extent_extent_type` or `language_iso639_2`: the values allowed in every record
    property that uses it (a "dynamic enum"). Administrators can add, reorder and suppress values of editable lists.

        Attributes:
            name (str): The enumeration's name.
            values (list[str]): The values as plain strings. On update this is the new list: values left out are deleted
                (which fails for values still in use; migrate them first).
            jsonmodel_type (Literal['enumeration']):  Default: 'enumeration'.
            uri (str): The enumeration's URI.
            default_value (str | Unset): The value new records start with, if any.
            editable (bool | Unset): Whether values can be added and removed (some lists are fixed by the system).
            relationships (list[str]): The record properties that use the list (filled in by the server).
            enumeration_values (list[EnumerationValue]): The values as records, with their positions and suppression.
            readonly_values (list[str]): Values that cannot be removed or renamed.
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    name: str
    values: list[str]
    jsonmodel_type: Literal["enumeration"] = "enumeration"
    uri: str = _r.NOT_YET_SENT
    default_value: str | Unset = UNSET
    editable: bool | Unset = UNSET
    relationships: list[str] = _attrs_field(factory=list)
    enumeration_values: list[EnumerationValue] = _attrs_field(factory=list)
    readonly_values: list[str] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> int | None:
        """The record's id: the last segment of its ``uri`` (``.../archival_objects/7`` gives 7), or None."""
        return _r.uri_id(self)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    Enumeration,
    _r.Field("name", "name", _r.STR, True),
    _r.Field("values", "values", _r.ListOf(_r.STR), True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("enumeration"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("default_value", "default_value", _r.STR),
    _r.Field("editable", "editable", _r.BOOL),
    _r.Field("relationships", "relationships", _r.ListOf(_r.STR), empty=True),
    _r.Field(
        "enumeration_values",
        "enumeration_values",
        _r.ListOf(_r.model("enumeration_value", "EnumerationValue")),
        empty=True,
    ),
    _r.Field("readonly_values", "readonly_values", _r.ListOf(_r.STR), empty=True),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

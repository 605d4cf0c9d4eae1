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
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class EnumerationMigration(_r.Record):
    """A request to merge one value of an enumeration into another: every record using `from` is changed to `to`, and
    `from` is deleted.

        Attributes:
            enum_uri (str): The URI of the enumeration.
            from_ (str): The value to merge away.
            to (str): The value that replaces it.
            jsonmodel_type (Literal['enumeration_migration']):  Default: 'enumeration_migration'.
            uri (str | Unset): Unused on requests.
            lock_version (int | str | Unset): Unused on requests.
            created_by (str | Unset): Unused on requests.
            last_modified_by (str | Unset): Unused on requests.
            user_mtime (datetime.datetime | Unset): Unused on requests.
            system_mtime (datetime.datetime | Unset): Unused on requests.
            create_time (datetime.datetime | Unset): Unused on requests.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    enum_uri: str
    from_: str
    to: str
    jsonmodel_type: Literal["enumeration_migration"] = "enumeration_migration"
    uri: str | Unset = UNSET
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
    EnumerationMigration,
    _r.Field("enum_uri", "enum_uri", _r.STR, True),
    _r.Field("from_", "from", _r.STR, True),
    _r.Field("to", "to", _r.STR, True),
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("enumeration_migration"), True
    ),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

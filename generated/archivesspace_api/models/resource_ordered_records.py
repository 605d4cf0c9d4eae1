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
    from ..models.resource_ordered_record import ResourceOrderedRecord


@_attrs_define(slots=False, repr=False)
class ResourceOrderedRecords(_r.Record):
    """A resource and all its archival objects in tree order (as if the whole tree were expanded and read top to bottom),
    leaving out unpublished and suppressed records and everything below them.

        Attributes:
            jsonmodel_type (Literal['resource_ordered_records']):  Default: 'resource_ordered_records'.
            uris (list[ResourceOrderedRecord] | Unset): The resource first (depth 0), then its archival objects.
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["resource_ordered_records"] = "resource_ordered_records"
    uris: list[ResourceOrderedRecord] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ResourceOrderedRecords,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("resource_ordered_records"), True
    ),
    _r.Field(
        "uris",
        "uris",
        _r.ListOf(_r.model("resource_ordered_record", "ResourceOrderedRecord")),
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

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
class RecordTree(_r.Record):
    """A node of the legacy whole-tree answer (the base of `resource_tree` and the other `*_tree` models). The server no
    longer serves whole trees; use the `tree/*` endpoints.

        Attributes:
            id (int): The node's internal id.
            record_uri (str): The node's record URI.
            uri (str | Unset):
            title (str | Unset):
            suppressed (bool | Unset):  Default: False.
            publish (bool | Unset):
            has_children (bool | Unset):
            node_type (str | Unset): The record type of the node.
            lock_version (int | str | Unset):
            jsonmodel_type (Literal['record_tree'] | Unset):  Default: 'record_tree'.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    id: int
    record_uri: str
    uri: str | Unset = UNSET
    title: str | Unset = UNSET
    suppressed: bool | Unset = False
    publish: bool | Unset = UNSET
    has_children: bool | Unset = UNSET
    node_type: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    jsonmodel_type: Literal["record_tree"] | Unset = "record_tree"
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    RecordTree,
    _r.Field("id", "id", _r.INT, True),
    _r.Field("record_uri", "record_uri", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("suppressed", "suppressed", _r.BOOL),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("has_children", "has_children", _r.BOOL),
    _r.Field("node_type", "node_type", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("record_tree")),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

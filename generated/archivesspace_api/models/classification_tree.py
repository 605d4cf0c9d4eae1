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
class ClassificationTree(_r.Record):
    """The whole tree of a classification in one nested document. The server no longer serves it (the `/tree` route was
    removed); walk trees with the `tree/root`, `tree/waypoint` and `tree/node` operations instead.

        Attributes:
            jsonmodel_type (Literal['classification_tree']):  Default: 'classification_tree'.
            id (int): The node record's id.
            record_uri (str): The node record's URI.
            uri (str | Unset):
            identifier (str | Unset):
            title (str | Unset):
            suppressed (bool | Unset):  Default: False.
            publish (bool | Unset):
            has_children (bool | Unset):
            node_type (str | Unset): The node's record type (`classification` or `classification_term`).
            children (list[ClassificationTree] | Unset):
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            create_time (datetime.datetime | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    id: int
    record_uri: str
    jsonmodel_type: Literal["classification_tree"] = "classification_tree"
    uri: str | Unset = UNSET
    identifier: str | Unset = UNSET
    title: str | Unset = UNSET
    suppressed: bool | Unset = False
    publish: bool | Unset = UNSET
    has_children: bool | Unset = UNSET
    node_type: str | Unset = UNSET
    children: list[ClassificationTree] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    ClassificationTree,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("classification_tree"), True
    ),
    _r.Field("id", "id", _r.INT, True),
    _r.Field("record_uri", "record_uri", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("identifier", "identifier", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("suppressed", "suppressed", _r.BOOL),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("has_children", "has_children", _r.BOOL),
    _r.Field("node_type", "node_type", _r.STR),
    _r.Field(
        "children",
        "children",
        _r.ListOf(_r.model("classification_tree", "ClassificationTree")),
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

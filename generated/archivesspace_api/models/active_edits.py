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
    from ..models.active_edit import ActiveEdit
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class ActiveEdits(_r.Record):
    """The records being edited right now and by whom, as the staff interface reports them to the update monitor so that
    two people do not edit one record at once.

        Attributes:
            jsonmodel_type (Literal['active_edits']):  Default: 'active_edits'.
            uri (str | Unset): Unused.
            active_edits (list[ActiveEdit] | Unset): One entry per user editing a record.
            lock_version (int | str | Unset): Unused.
            created_by (str | Unset): Unused.
            last_modified_by (str | Unset): Unused.
            user_mtime (datetime.datetime | Unset): Unused.
            system_mtime (datetime.datetime | Unset): Unused.
            create_time (datetime.datetime | Unset): Unused.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["active_edits"] = "active_edits"
    uri: str | Unset = UNSET
    active_edits: list[ActiveEdit] | Unset = UNSET
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
    ActiveEdits,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("active_edits"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field(
        "active_edits", "active_edits", _r.ListOf(_r.model("active_edit", "ActiveEdit"))
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

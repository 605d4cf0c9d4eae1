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
class ArkName(_r.Record):
    """The ARKs (Archival Resource Keys) of a resource or archival object: the current one and the ones it had before. Only
    present when ARKs are enabled on the server.

        Attributes:
            jsonmodel_type (Literal['ark_name']):  Default: 'ark_name'.
            current (str | Unset): The current ARK.
            current_is_external (bool | Unset): Whether the current ARK was minted elsewhere (`external_ark_url`).
            previous (list[str]): Earlier ARKs, still resolvable.
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["ark_name"] = "ark_name"
    current: str | Unset = UNSET
    current_is_external: bool | Unset = UNSET
    previous: list[str] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ArkName,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("ark_name"), True),
    _r.Field("current", "current", _r.STR),
    _r.Field("current_is_external", "current_is_external", _r.BOOL),
    _r.Field("previous", "previous", _r.ListOf(_r.STR), empty=True),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class SystemEvent(_r.Record):
    """A noteworthy event of this installation (a start-up, a migration, a reindex...).

    Attributes:
        id (int | Unset):
        title (str | Unset): What happened.
        time (str | Unset): When it happened, as the server's text form of a timestamp.
        message (str | Unset): Details, if any.
    """

    id: int | Unset = UNSET
    title: str | Unset = UNSET
    time: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SystemEvent,
    _r.Field("id", "id", _r.INT),
    _r.Field("title", "title", _r.STR),
    _r.Field("time", "time", _r.STR),
    _r.Field("message", "message", _r.STR),
    extra=_r.ANY,
)

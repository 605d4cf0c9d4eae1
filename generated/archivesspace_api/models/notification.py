from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_params import NotificationParams


@_attrs_define(slots=False, repr=False)
class Notification(_r.Record):
    """One notification of the backend (a repository, an enumeration or a user changed...).

    Attributes:
        sequence (int): The notification's sequence number; pass the last one you saw as `last_sequence`.
        code (str): What happened.
        timestamp (int | Unset): When it was sent, in milliseconds since the epoch.
        params (NotificationParams | Unset): The details the notification carries; they depend on `code`.
    """

    sequence: int
    code: str
    timestamp: int | Unset = UNSET
    params: NotificationParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Notification,
    _r.Field("sequence", "sequence", _r.INT, True),
    _r.Field("code", "code", _r.STR, True),
    _r.Field("timestamp", "timestamp", _r.INT),
    _r.Field("params", "params", _r.model("notification_params", "NotificationParams")),
    extra=_r.ANY,
)

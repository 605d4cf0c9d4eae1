from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User


@_attrs_define(slots=False, repr=False)
class LoginResult(_r.Record):
    """What a successful login answers.

    Attributes:
        session (str): The session token; send it as the `X-ArchivesSpace-Session` header.
        user (User | Unset): A user account. The password is never part of the record: it travels as the `password`
            parameter of the create and update routes. `permissions` is filled in when a user is fetched by id, at login and
            for the current user.
        expire_after_seconds (int | Unset): Idle seconds before the session expires (only with `expiring=false`).
    """

    session: str
    user: User | Unset = UNSET
    expire_after_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    LoginResult,
    _r.Field("session", "session", _r.STR, True),
    _r.Field("user", "user", _r.model("user", "User")),
    _r.Field("expire_after_seconds", "expire_after_seconds", _r.INT),
    extra=_r.ANY,
)

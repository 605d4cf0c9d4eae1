from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import Unset


@_attrs_define(slots=False, repr=False)
class LoginForm(_r.Record):
    """The form fields of a login.

    Attributes:
        password (str): The user's password.
        expiring (bool | Unset): `true` (the server's default): the session ends after an hour of idleness. `false`:
            after a week, and the answer gives `expire_after_seconds`. Default: True.
    """

    password: str
    expiring: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    LoginForm,
    _r.Field("password", "password", _r.STR, True),
    _r.Field("expiring", "expiring", _r.BOOL),
    extra=_r.ANY,
)

from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class PasswordResetAcknowledgement(_r.Record):
    """The answer of a password-reset request once the email is sent, a small JSON object of no fixed shape."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PasswordResetAcknowledgement,
    extra=_r.ANY,
)

from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class UnapprovedTransfer(_r.Record):
    """A transfer waiting for approval.

    Attributes:
        type (str): The transfer type key, as `approve_transfer` takes it.
        directory (str): The transfer's directory name; pass it to `approve_transfer`.
        uuid (UUID): The transfer's UUID.
    """

    type: str
    directory: str
    uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    UnapprovedTransfer,
    _r.Field("type", "type", _r.STR, True),
    _r.Field("directory", "directory", _r.STR, True),
    _r.Field("uuid", "uuid", _r.UUID, True),
    extra=_r.ANY,
)

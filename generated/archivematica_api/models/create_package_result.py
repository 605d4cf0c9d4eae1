from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class CreatePackageResult(_r.Record):
    """What `create_package` answers.

    Attributes:
        id (UUID): The new transfer's UUID; poll `get_transfer_status` with it.
    """

    id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    CreatePackageResult,
    _r.Field("id", "id", _r.UUID, True),
    extra=_r.ANY,
)

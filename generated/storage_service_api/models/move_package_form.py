from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class MovePackageForm(_r.Record):
    """The form fields of `move_package`.

    Attributes:
        location_uuid (UUID): The UUID of the location to move the package to (same purpose as the current one).
    """

    location_uuid: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    MovePackageForm,
    _r.Field("location_uuid", "location_uuid", _r.UUID, True),
    extra=_r.ANY,
)

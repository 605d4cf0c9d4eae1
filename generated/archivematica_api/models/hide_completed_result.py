from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class HideCompletedResult(_r.Record):
    """What hiding every finished unit answers.

    Attributes:
        removed (list[UUID]): The UUIDs of the units hidden (completed or failed).
    """

    removed: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    HideCompletedResult,
    _r.Field("removed", "removed", _r.ListOf(_r.UUID), True),
    extra=_r.ANY,
)

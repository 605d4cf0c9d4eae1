from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.ref import Ref


@_attrs_define(slots=False, repr=False)
class JobCreatedRecord(_r.Record):
    """A record that a job created or changed.

    Attributes:
        record (Ref[_r.Record]): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    record: Ref[_r.Record]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    JobCreatedRecord,
    _r.Field("record", "record", _r.model("ref", "Ref"), True),
    extra=_r.ANY,
)

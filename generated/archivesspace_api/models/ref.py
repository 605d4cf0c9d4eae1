from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref_resolved import RefResolved


@_attrs_define(slots=False, repr=False)
class Ref(_r.Record):
    """A link to another record by URI. With `resolve[]` naming the property that holds it, the server adds the linked
    record as `_resolved`.

        Attributes:
            ref (str): The linked record's URI.
            field_resolved (RefResolved | Unset): The linked record, when asked for with `resolve[]`.
    """

    ref: str
    field_resolved: RefResolved | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Ref,
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("field_resolved", "_resolved", _r.model("ref_resolved", "RefResolved")),
    extra=_r.ANY,
)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define(slots=False, repr=False)
class Ref(_r.Record):
    """A link to another record by URI. With `resolve[]` naming the property that holds it, the server adds the linked
    record as `_resolved`.

        Attributes:
            ref (str): The linked record's URI.
            resolved (RefResolved | Unset): The linked record, when asked for with `resolve[]`.
    """

    ref: str
    resolved: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Ref,
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)

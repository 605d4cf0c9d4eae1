from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location import Location


@_attrs_define(slots=False, repr=False)
class SpaceCalculationLocation(_r.Record, _r.Link["Location"]):
    """One location in a space calculation. The location and its profile come resolved.

    Attributes:
        ref (str):
        count (int | Unset): How many more containers fit (locations with space only).
        reason (str | Unset): Why there is no space or no answer: `container_is_bigger`,
            `location_cannot_fit_container`, `location_lacks_a_profile`, `location_lacks_dimension_data`,
            `container_at_location_lacks_profile` or `containers_at_location_dont_fit`.
        resolved: the linked record, when the request asked for it with ``resolve[]``.
    """

    ref: str
    count: int | Unset = UNSET
    reason: str | Unset = UNSET
    resolved: Location | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SpaceCalculationLocation,
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("count", "count", _r.INT),
    _r.Field("reason", "reason", _r.STR),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import TypeVar as _TypeVar

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# What the link points to, named by each property that holds one (``Ref[Subject]``); a bare ``Ref`` is ``Ref[Any]``.
_T = _TypeVar("_T", default=Any)


@_attrs_define(slots=False, repr=False)
class Ref(_r.Record, _r.Link[_T]):
    """A link to another record by URI. With `resolve[]` naming the property that holds it, the server adds the linked
    record as `_resolved`.

        Attributes:
            ref (str): The linked record's URI.
            resolved: the linked record, when the request asked for it with ``resolve[]``.
    """

    ref: str
    resolved: _T | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Ref,
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)

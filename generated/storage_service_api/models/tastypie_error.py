from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class TastypieError(_r.Record):
    """Tastypie's 400 body, `{"error": "..."}`. Space validation errors instead map the resource name to a map of field
    errors.

        Attributes:
            error (str | Unset): What went wrong.
    """

    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    TastypieError,
    _r.Field("error", "error", _r.STR),
    extra=_r.ANY,
)

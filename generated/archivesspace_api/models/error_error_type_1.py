from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ErrorErrorType1(_r.Record):
    """Field or parameter name to its messages (`{"title": ["Property is required but was missing"]}`)."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ErrorErrorType1,
    extra=_r.ANY,
)

from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class TreeDateSummary(_r.Record):
    """A date as shown in a resource tree (each field appears only when set).

    Attributes:
        type (str | Unset): The date type (`single`, `inclusive`...).
        label (str | Unset): The date label (`creation`...).
        expression (str | Unset):
        begin (str | Unset):
        end (str | Unset):
    """

    type: str | Unset = UNSET
    label: str | Unset = UNSET
    expression: str | Unset = UNSET
    begin: str | Unset = UNSET
    end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    TreeDateSummary,
    _r.Field("type", "type", _r.STR),
    _r.Field("label", "label", _r.STR),
    _r.Field("expression", "expression", _r.STR),
    _r.Field("begin", "begin", _r.STR),
    _r.Field("end", "end", _r.STR),
    extra=_r.ANY,
)

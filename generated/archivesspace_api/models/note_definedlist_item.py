from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class NoteDefinedlistItem(_r.Record):
    """One entry of a defined list.

    Attributes:
        label (str): The term.
        value (str): Its definition.
    """

    label: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    NoteDefinedlistItem,
    _r.Field("label", "label", _r.STR, True),
    _r.Field("value", "value", _r.STR, True),
    extra=_r.ANY,
)

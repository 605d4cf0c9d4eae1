from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ClassificationPathEntry(_r.Record):
    """One step of a classification path, from the classification at the top down to the record.

    Attributes:
        identifier (str):
        title (str):
    """

    identifier: str
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ClassificationPathEntry,
    _r.Field("identifier", "identifier", _r.STR, True),
    _r.Field("title", "title", _r.STR, True),
    extra=_r.ANY,
)

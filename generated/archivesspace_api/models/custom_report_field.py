from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class CustomReportField(_r.Record):
    """A field a custom report can include, narrow or sort by. Report classes may register more options per field; they
    come through as extra properties.

        Attributes:
            name (str): The field's name.
            data_type (str): The kind of value, which decides how it can be narrowed.
            sortable (bool | Unset): Whether the report can be sorted by this field.
    """

    name: str
    data_type: str
    sortable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    CustomReportField,
    _r.Field("name", "name", _r.STR, True),
    _r.Field("data_type", "data_type", _r.STR, True),
    _r.Field("sortable", "sortable", _r.BOOL),
    extra=_r.ANY,
)

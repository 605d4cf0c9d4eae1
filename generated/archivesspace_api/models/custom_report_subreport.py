from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class CustomReportSubreport(_r.Record):
    """A subreport (linked records listed under each row) a custom report can include.

    Attributes:
        name (str): The name under which the subreport is included.
        code (str): The subreport's code.
    """

    name: str
    code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    CustomReportSubreport,
    _r.Field("name", "name", _r.STR, True),
    _r.Field("code", "code", _r.STR, True),
    extra=_r.ANY,
)

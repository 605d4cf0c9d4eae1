from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ReportDefinition(_r.Record):
    """One report a server can run.

    Attributes:
        code (str | Unset): The report's code.
        model (str | Unset): The name of the server class that makes the report.
        params (list[list[Any]] | Unset): The report's parameters, each a list `[name, type, description, ...]`; pass
            their values as JSON text in `Job.job_params`.
    """

    code: str | Unset = UNSET
    model: str | Unset = UNSET
    params: list[list[Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ReportDefinition,
    _r.Field("code", "code", _r.STR),
    _r.Field("model", "model", _r.STR),
    _r.Field("params", "params", _r.ListOf(_r.ListOf(_r.ANY))),
    extra=_r.ANY,
)

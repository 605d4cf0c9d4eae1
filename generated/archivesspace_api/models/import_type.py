from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class ImportType(_r.Record):
    """One importer a server offers for import jobs.

    Attributes:
        name (str): The value to put in `ImportJob.import_type`.
        description (str | Unset): What the importer reads.
    """

    name: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ImportType,
    _r.Field("name", "name", _r.STR, True),
    _r.Field("description", "description", _r.STR),
    extra=_r.ANY,
)

from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class RecordTypeCountsForm(_r.Record):
    """The form fields of `POST /search/record_types_by_repository`.

    Attributes:
        record_types (list[str]): The record types to count.
        repo_uri (str | Unset): Count in this repository only (its URI).
    """

    record_types: list[str]
    repo_uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    RecordTypeCountsForm,
    _r.Field("record_types", "record_types[]", _r.ListOf(_r.STR), True),
    _r.Field("repo_uri", "repo_uri", _r.STR),
    extra=_r.ANY,
)

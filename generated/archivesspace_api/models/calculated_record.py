from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class CalculatedRecord(_r.Record):
    """The record a calculation was run on.

    Attributes:
        uri (str | Unset):
        jsonmodel_type (str | Unset):
        title (str | Unset): The record's title, or its display string when it has no title.
        id (int | Unset): The record's id (date calculator only).
    """

    uri: str | Unset = UNSET
    jsonmodel_type: str | Unset = UNSET
    title: str | Unset = UNSET
    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    CalculatedRecord,
    _r.Field("uri", "uri", _r.STR),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("id", "id", _r.INT),
    extra=_r.ANY,
)

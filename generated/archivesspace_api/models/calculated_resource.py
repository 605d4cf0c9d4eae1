from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class CalculatedResource(_r.Record):
    """The resource at the top of the calculated record's tree.

    Attributes:
        uri (str | Unset):
        title (str | Unset):
    """

    uri: str | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> int | None:
        """The record's id: the last segment of its ``uri`` (``.../archival_objects/7`` gives 7), or None."""
        return _r.uri_id(self)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    CalculatedResource,
    _r.Field("uri", "uri", _r.STR),
    _r.Field("title", "title", _r.STR),
    extra=_r.ANY,
)

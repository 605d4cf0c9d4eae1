from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class StatusResponse(_r.Record):
    """A generic `{status, ...}` answer of actions such as publish, merge or transfer.

    Attributes:
        status (str):
        id (int | Unset):
        uri (str | Unset):
    """

    status: str
    id: int | Unset = UNSET
    uri: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    StatusResponse,
    _r.Field("status", "status", _r.STR, True),
    _r.Field("id", "id", _r.INT),
    _r.Field("uri", "uri", _r.STR),
    extra=_r.ANY,
)

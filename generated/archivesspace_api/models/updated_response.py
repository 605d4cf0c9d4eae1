from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.updated_response_warnings_type_0 import UpdatedResponseWarningsType0


@_attrs_define(slots=False, repr=False)
class UpdatedResponse(_r.Record):
    """What an update answers.

    Attributes:
        status (Literal['Updated']):  Default: 'Updated'.
        id (int):
        lock_version (int | Unset): The record's new lock version.
        stale (bool | None | Unset): Sent as `true` on creates and updates.
        uri (str | Unset):
        warnings (list[str] | Unset | UpdatedResponseWarningsType0): Non-fatal messages by field. Servers send an empty
            list when there are none.
    """

    id: int
    status: Literal["Updated"] = "Updated"
    lock_version: int | Unset = UNSET
    stale: bool | None | Unset = UNSET
    uri: str | Unset = UNSET
    warnings: list[str] | Unset | UpdatedResponseWarningsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    UpdatedResponse,
    _r.Field("status", "status", _r.choice("Updated"), True),
    _r.Field("id", "id", _r.INT, True),
    _r.Field("lock_version", "lock_version", _r.INT),
    _r.Field("stale", "stale", _r.one_of(_r.BOOL, _r.NONE)),
    _r.Field("uri", "uri", _r.STR),
    _r.Field(
        "warnings",
        "warnings",
        _r.one_of(
            _r.model(
                "updated_response_warnings_type_0", "UpdatedResponseWarningsType0"
            ),
            _r.ListOf(_r.STR),
        ),
    ),
    extra=_r.ANY,
)

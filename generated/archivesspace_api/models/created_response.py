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
    from ..models.created_response_warnings_type_0 import CreatedResponseWarningsType0


@_attrs_define(slots=False, repr=False)
class CreatedResponse(_r.Record):
    """What a create answers.

    Attributes:
        status (Literal['Created']):  Default: 'Created'.
        id (int): The new record's id.
        lock_version (int | Unset): Pass this back when you update the record.
        stale (bool | None | Unset): Sent as `true` on creates and updates.
        uri (str | Unset): The new record's URI.
        warnings (CreatedResponseWarningsType0 | list[str] | Unset): Non-fatal messages by field. Servers send an empty
            list when there are none.
    """

    id: int
    status: Literal["Created"] = "Created"
    lock_version: int | Unset = UNSET
    stale: bool | None | Unset = UNSET
    uri: str | Unset = UNSET
    warnings: CreatedResponseWarningsType0 | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    CreatedResponse,
    _r.Field("status", "status", _r.choice("Created"), True),
    _r.Field("id", "id", _r.INT, True),
    _r.Field("lock_version", "lock_version", _r.INT),
    _r.Field("stale", "stale", _r.one_of(_r.BOOL, _r.NONE)),
    _r.Field("uri", "uri", _r.STR),
    _r.Field(
        "warnings",
        "warnings",
        _r.one_of(
            _r.model(
                "created_response_warnings_type_0", "CreatedResponseWarningsType0"
            ),
            _r.ListOf(_r.STR),
        ),
    ),
    extra=_r.ANY,
)

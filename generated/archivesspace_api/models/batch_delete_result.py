from __future__ import annotations

from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.deleted_response import DeletedResponse


@_attrs_define(slots=False, repr=False)
class BatchDeleteResult(_r.Record):
    """What a batch delete answers when every record was deleted.

    Attributes:
        status (Literal['OK']):  Default: 'OK'.
        results (list[DeletedResponse]): One delete answer per record, with the record's URI.
    """

    results: list[DeletedResponse]
    status: Literal["OK"] = "OK"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    BatchDeleteResult,
    _r.Field("status", "status", _r.choice("OK"), True),
    _r.Field(
        "results",
        "results",
        _r.ListOf(_r.model("deleted_response", "DeletedResponse")),
        True,
    ),
    extra=_r.ANY,
)

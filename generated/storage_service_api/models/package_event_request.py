from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class PackageEventRequest(_r.Record):
    """The JSON body of a deletion or recovery request.

    Attributes:
        event_reason (str): Why the package should be deleted or recovered.
        pipeline (UUID): The UUID (not the URI) of the pipeline asking.
        user_id (int | str): The id of the dashboard user asking.
        user_email (str): That user's email address.
    """

    event_reason: str
    pipeline: UUID
    user_id: int | str
    user_email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PackageEventRequest,
    _r.Field("event_reason", "event_reason", _r.STR, True),
    _r.Field("pipeline", "pipeline", _r.UUID, True),
    _r.Field("user_id", "user_id", _r.one_of(_r.INT, _r.STR), True),
    _r.Field("user_email", "user_email", _r.STR, True),
    extra=_r.ANY,
)

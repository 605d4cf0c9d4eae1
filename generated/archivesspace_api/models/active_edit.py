from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class ActiveEdit(_r.Record):
    """One user editing one record.

    Attributes:
        user (str): The user name.
        uri (str): The URI of the record being edited.
        time (str): When the edit was last reported, as the staff interface sent it (an ISO 8601 timestamp).
    """

    user: str
    uri: str
    time: str
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
    ActiveEdit,
    _r.Field("user", "user", _r.STR, True),
    _r.Field("uri", "uri", _r.STR, True),
    _r.Field("time", "time", _r.STR, True),
    extra=_r.ANY,
)

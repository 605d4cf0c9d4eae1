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
    from ..models.update_feed_entry_record_type_0 import UpdateFeedEntryRecordType0


@_attrs_define(slots=False, repr=False)
class UpdateFeedEntry(_r.Record):
    """One change in the update feed.

    Attributes:
        sequence (int): The change's sequence number; pass the last one you saw as `last_sequence` to get what follows.
        uri (str): The URI of the changed record.
        record (Literal['deleted'] | UpdateFeedEntryRecordType0): The record as it now is, or the text `deleted` when it
            was deleted.
        timestamp (int | Unset): When the change happened, in milliseconds since the epoch.
    """

    sequence: int
    uri: str
    record: Literal["deleted"] | UpdateFeedEntryRecordType0
    timestamp: int | Unset = UNSET
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
    UpdateFeedEntry,
    _r.Field("sequence", "sequence", _r.INT, True),
    _r.Field("uri", "uri", _r.STR, True),
    _r.Field(
        "record",
        "record",
        _r.one_of(
            _r.model("update_feed_entry_record_type_0", "UpdateFeedEntryRecordType0"),
            _r.choice("deleted"),
        ),
        True,
    ),
    _r.Field("timestamp", "timestamp", _r.INT),
    extra=_r.ANY,
)

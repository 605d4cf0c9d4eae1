from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_feed_entry_record_type_0 import UpdateFeedEntryRecordType0

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.update_feed_entry_record_type_0 import UpdateFeedEntryRecordType0  # noqa: PLC0415

    globals().update(
        {
            "UpdateFeedEntryRecordType0": UpdateFeedEntryRecordType0,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="UpdateFeedEntry")


@_attrs_define
class UpdateFeedEntry:
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

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        sequence = self.sequence

        uri = self.uri

        record: dict[str, Any] | Literal["deleted"]
        if isinstance(self.record, UpdateFeedEntryRecordType0):
            record = self.record.to_dict()
        else:
            record = self.record

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sequence": sequence,
                "uri": uri,
                "record": record,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        sequence = d.pop("sequence")

        uri = d.pop("uri")

        def _parse_record(
            data: object,
        ) -> Literal["deleted"] | UpdateFeedEntryRecordType0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                record_type_0 = UpdateFeedEntryRecordType0.from_dict(data)

                return record_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            record_type_1 = cast("Literal['deleted']", data)
            if record_type_1 != "deleted":
                raise ValueError(
                    f"record_type_1 must match const 'deleted', got '{record_type_1}'"
                )
            return record_type_1

        record = _parse_record(d.pop("record"))

        timestamp = d.pop("timestamp", UNSET)

        _obj = cls(
            sequence=sequence,
            uri=uri,
            record=record,
            timestamp=timestamp,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

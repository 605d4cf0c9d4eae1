from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define(slots=False, repr=False)
class EventLinkedRecord(_r.Record):
    """A link from an event to a record it concerned, with the record's role in the event.

    Attributes:
        role (str): The record's part (enumeration `linked_event_archival_record_roles`; known values `context`,
            `outcome`, `requested`, `source`, `transfer`).
        ref (str): The URI of an accession, resource, archival object, digital object, digital object component, top
            container or agent.
        resolved (EventLinkedRecordResolved | Unset): The record, when asked for with `resolve[]` (`linked_records`).
    """

    role: str
    ref: str
    resolved: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    EventLinkedRecord,
    _r.Field("role", "role", _r.STR, True),
    _r.Field("ref", "ref", _r.STR, True),
    _r.Field("resolved", "_resolved", _r.RESOLVED),
    extra=_r.ANY,
)

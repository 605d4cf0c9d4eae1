from __future__ import annotations

import datetime
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
    from ..models.note_chronology import NoteChronology
    from ..models.note_contact_note import NoteContactNote
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.telephone import Telephone


@_attrs_define(slots=False, repr=False)
class AgentContact(_r.Record):
    """A way to reach the agent: a named contact with a postal address, telephones and e-mail. Only sessions with the
    `view_agent_contact_record` permission see contacts.

        Attributes:
            jsonmodel_type (Literal['agent_contact']):  Default: 'agent_contact'.
            name (str): The contact's name (a person, or an office of the body).
            salutation (str | Unset): A salutation (enumeration `agent_contact_salutation`; known values `mr`, `mrs`, `ms`,
                `madame`, `sir`).
            address_1 (str | Unset): The first line of the address.
            address_2 (str | Unset): The second line of the address.
            address_3 (str | Unset): The third line of the address.
            city (str | Unset):
            region (str | Unset): State, province or county.
            country (str | Unset):
            post_code (str | Unset):
            telephones (list[Telephone]):
            email (str | Unset):
            email_signature (str | Unset): A signature for e-mail sent to this contact.
            is_representative (bool | Unset): Whether this is the agent's representative contact (at most one).
            notes (list[NoteChronology | NoteContactNote]): Notes on contacts made, or on the contact's history.
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    name: str
    jsonmodel_type: Literal["agent_contact"] = "agent_contact"
    salutation: str | Unset = UNSET
    address_1: str | Unset = UNSET
    address_2: str | Unset = UNSET
    address_3: str | Unset = UNSET
    city: str | Unset = UNSET
    region: str | Unset = UNSET
    country: str | Unset = UNSET
    post_code: str | Unset = UNSET
    telephones: list[Telephone] = _attrs_field(factory=list)
    email: str | Unset = UNSET
    email_signature: str | Unset = UNSET
    is_representative: bool | Unset = UNSET
    notes: list[NoteChronology | NoteContactNote] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AgentContact,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("agent_contact"), True),
    _r.Field("name", "name", _r.STR, True),
    _r.Field("salutation", "salutation", _r.STR),
    _r.Field("address_1", "address_1", _r.STR),
    _r.Field("address_2", "address_2", _r.STR),
    _r.Field("address_3", "address_3", _r.STR),
    _r.Field("city", "city", _r.STR),
    _r.Field("region", "region", _r.STR),
    _r.Field("country", "country", _r.STR),
    _r.Field("post_code", "post_code", _r.STR),
    _r.Field(
        "telephones",
        "telephones",
        _r.ListOf(_r.model("telephone", "Telephone")),
        empty=True,
    ),
    _r.Field("email", "email", _r.STR),
    _r.Field("email_signature", "email_signature", _r.STR),
    _r.Field("is_representative", "is_representative", _r.BOOL),
    _r.Field(
        "notes",
        "notes",
        _r.ListOf(
            _r.one_of(
                _r.model("note_contact_note", "NoteContactNote"),
                _r.model("note_chronology", "NoteChronology"),
                tag="jsonmodel_type",
                tags=(
                    "note_contact_note",
                    "note_chronology",
                ),
            )
        ),
        empty=True,
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

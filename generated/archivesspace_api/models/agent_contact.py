from __future__ import annotations

import datetime
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

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.note_chronology import NoteChronology
    from ..models.note_contact_note import NoteContactNote
    from ..models.ref import Ref
    from ..models.telephone import Telephone

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.note_chronology import NoteChronology  # noqa: PLC0415
    from ..models.note_contact_note import NoteContactNote  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.telephone import Telephone  # noqa: PLC0415

    globals().update(
        {
            "NoteChronology": NoteChronology,
            "NoteContactNote": NoteContactNote,
            "Ref": Ref,
            "Telephone": Telephone,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="AgentContact")


@_attrs_define
class AgentContact:
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
            telephones (list[Telephone] | Unset):
            email (str | Unset):
            email_signature (str | Unset): A signature for e-mail sent to this contact.
            is_representative (bool | Unset): Whether this is the agent's representative contact (at most one).
            notes (list[NoteChronology | NoteContactNote] | Unset): Notes on contacts made, or on the contact's history.
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
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
    telephones: list[Telephone] | Unset = UNSET
    email: str | Unset = UNSET
    email_signature: str | Unset = UNSET
    is_representative: bool | Unset = UNSET
    notes: list[NoteChronology | NoteContactNote] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        jsonmodel_type = self.jsonmodel_type

        name = self.name

        salutation = self.salutation

        address_1 = self.address_1

        address_2 = self.address_2

        address_3 = self.address_3

        city = self.city

        region = self.region

        country = self.country

        post_code = self.post_code

        telephones: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.telephones, Unset):
            telephones = []
            for telephones_item_data in self.telephones:
                telephones_item = telephones_item_data.to_dict()
                telephones.append(telephones_item)

        email = self.email

        email_signature = self.email_signature

        is_representative = self.is_representative

        notes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notes, Unset):
            notes = []
            for notes_item_data in self.notes:
                notes_item: dict[str, Any]
                if isinstance(notes_item_data, NoteContactNote):
                    notes_item = notes_item_data.to_dict()
                else:
                    notes_item = notes_item_data.to_dict()

                notes.append(notes_item)

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonmodel_type": jsonmodel_type,
                "name": name,
            }
        )
        if salutation is not UNSET:
            field_dict["salutation"] = salutation
        if address_1 is not UNSET:
            field_dict["address_1"] = address_1
        if address_2 is not UNSET:
            field_dict["address_2"] = address_2
        if address_3 is not UNSET:
            field_dict["address_3"] = address_3
        if city is not UNSET:
            field_dict["city"] = city
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country
        if post_code is not UNSET:
            field_dict["post_code"] = post_code
        if telephones is not UNSET:
            field_dict["telephones"] = telephones
        if email is not UNSET:
            field_dict["email"] = email
        if email_signature is not UNSET:
            field_dict["email_signature"] = email_signature
        if is_representative is not UNSET:
            field_dict["is_representative"] = is_representative
        if notes is not UNSET:
            field_dict["notes"] = notes
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        jsonmodel_type = cast("Literal['agent_contact']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "agent_contact":
            raise ValueError(
                f"jsonmodel_type must match const 'agent_contact', got '{jsonmodel_type}'"
            )

        name = d.pop("name")

        salutation = d.pop("salutation", UNSET)

        address_1 = d.pop("address_1", UNSET)

        address_2 = d.pop("address_2", UNSET)

        address_3 = d.pop("address_3", UNSET)

        city = d.pop("city", UNSET)

        region = d.pop("region", UNSET)

        country = d.pop("country", UNSET)

        post_code = d.pop("post_code", UNSET)

        _telephones = d.pop("telephones", UNSET)
        telephones: list[Telephone] | Unset = UNSET
        if _telephones is not UNSET:
            telephones = []
            for telephones_item_data in _telephones:
                telephones_item = Telephone.from_dict(telephones_item_data)

                telephones.append(telephones_item)

        email = d.pop("email", UNSET)

        email_signature = d.pop("email_signature", UNSET)

        is_representative = d.pop("is_representative", UNSET)

        _notes = d.pop("notes", UNSET)
        notes: list[NoteChronology | NoteContactNote] | Unset = UNSET
        if _notes is not UNSET:
            notes = []
            for notes_item_data in _notes:

                def _parse_notes_item(data: object) -> NoteChronology | NoteContactNote:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        notes_item_type_0 = NoteContactNote.from_dict(data)

                        return notes_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    notes_item_type_1 = NoteChronology.from_dict(data)

                    return notes_item_type_1

                notes_item = _parse_notes_item(notes_item_data)

                notes.append(notes_item)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _user_mtime = d.pop("user_mtime", UNSET)
        user_mtime: datetime.datetime | Unset
        if isinstance(_user_mtime, Unset):
            user_mtime = UNSET
        else:
            user_mtime = parse_datetime(_user_mtime)

        _system_mtime = d.pop("system_mtime", UNSET)
        system_mtime: datetime.datetime | Unset
        if isinstance(_system_mtime, Unset):
            system_mtime = UNSET
        else:
            system_mtime = parse_datetime(_system_mtime)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            jsonmodel_type=jsonmodel_type,
            name=name,
            salutation=salutation,
            address_1=address_1,
            address_2=address_2,
            address_3=address_3,
            city=city,
            region=region,
            country=country,
            post_code=post_code,
            telephones=telephones,
            email=email,
            email_signature=email_signature,
            is_representative=is_representative,
            notes=notes,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
            create_time=create_time,
            repository=repository,
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

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
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="AgentRecordControl")


@_attrs_define
class AgentRecordControl:
    """Control information of the agent's authority record. Each coded field maps to an EAC-CPF element or a MARC authority
    008 position.

        Attributes:
            jsonmodel_type (Literal['agent_record_control']):  Default: 'agent_record_control'.
            maintenance_status (str): The record's status (enumeration `maintenance_status`; known values `new`, `upgraded`,
                `revised_corrected`, `derived`, `deleted`, `cancelled_obsolete`, `deleted_split`, `deleted_replaced`,
                `deleted_merged`).
            publication_status (str | Unset): Whether the record is approved (enumeration `publication_status`; known values
                `approved`, `in_process`).
            romanization (str | Unset): The romanization scheme (enumeration `romanization`; known values `int_std`,
                `nat_std`, `nl_assoc_std`, `nl_bib_agency_std`, `local_standard`, `unknown_standard`, `conv_rom_cat_agency`,
                `not_applicable`).
            government_agency_type (str | Unset): The kind of government agency, if any (enumeration
                `government_agency_type`; known values `fed`, `int_gov`, `local`, `multilocal`, `multistate`, `natc`, `ngo`,
                `other`, `provincial`, `sac`, `undetermined`, `unknown`).
            reference_evaluation (str | Unset): Enumeration `reference_evaluation`; known values `tr_consistent`,
                `tr_inconsistent`, `not_applicable`, `natc`.
            name_type (str | Unset): Whether the name is differentiated (enumeration `name_type`; known values
                `differentiated`, `undifferentiated`, `not_applicable`, `natc`).
            level_of_detail (str | Unset): How complete the record is (enumeration `level_of_detail`; known values
                `fully_established`, `memorandum`, `provisional`, `preliminary`, `not_applicable`, `natc`).
            modified_record (str | Unset): Enumeration `modified_record`; known values `not_modified`, `shortened`,
                `missing_characters`, `natc`.
            cataloging_source (str | Unset): Who catalogued the record (enumeration `cataloging_source`; known values
                `nat_bib_agency`, `ccp`, `other`, `unknown`, `natc`).
            language (str | Unset): The language of the record, an ISO 639-2 code (enumeration `language_iso639_2`).
            script (str | Unset): The script of the record, an ISO 15924 code (enumeration `script_iso15924`).
            language_note (str | Unset): A note on the languages of the record.
            maintenance_agency (str | Unset): The code of the agency that maintains the record.
            agency_name (str | Unset): The name of the agency that maintains the record.
            maintenance_agency_note (str | Unset): A note on the maintenance agency.
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    maintenance_status: str
    jsonmodel_type: Literal["agent_record_control"] = "agent_record_control"
    publication_status: str | Unset = UNSET
    romanization: str | Unset = UNSET
    government_agency_type: str | Unset = UNSET
    reference_evaluation: str | Unset = UNSET
    name_type: str | Unset = UNSET
    level_of_detail: str | Unset = UNSET
    modified_record: str | Unset = UNSET
    cataloging_source: str | Unset = UNSET
    language: str | Unset = UNSET
    script: str | Unset = UNSET
    language_note: str | Unset = UNSET
    maintenance_agency: str | Unset = UNSET
    agency_name: str | Unset = UNSET
    maintenance_agency_note: str | Unset = UNSET
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

        maintenance_status = self.maintenance_status

        publication_status = self.publication_status

        romanization = self.romanization

        government_agency_type = self.government_agency_type

        reference_evaluation = self.reference_evaluation

        name_type = self.name_type

        level_of_detail = self.level_of_detail

        modified_record = self.modified_record

        cataloging_source = self.cataloging_source

        language = self.language

        script = self.script

        language_note = self.language_note

        maintenance_agency = self.maintenance_agency

        agency_name = self.agency_name

        maintenance_agency_note = self.maintenance_agency_note

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
                "maintenance_status": maintenance_status,
            }
        )
        if publication_status is not UNSET:
            field_dict["publication_status"] = publication_status
        if romanization is not UNSET:
            field_dict["romanization"] = romanization
        if government_agency_type is not UNSET:
            field_dict["government_agency_type"] = government_agency_type
        if reference_evaluation is not UNSET:
            field_dict["reference_evaluation"] = reference_evaluation
        if name_type is not UNSET:
            field_dict["name_type"] = name_type
        if level_of_detail is not UNSET:
            field_dict["level_of_detail"] = level_of_detail
        if modified_record is not UNSET:
            field_dict["modified_record"] = modified_record
        if cataloging_source is not UNSET:
            field_dict["cataloging_source"] = cataloging_source
        if language is not UNSET:
            field_dict["language"] = language
        if script is not UNSET:
            field_dict["script"] = script
        if language_note is not UNSET:
            field_dict["language_note"] = language_note
        if maintenance_agency is not UNSET:
            field_dict["maintenance_agency"] = maintenance_agency
        if agency_name is not UNSET:
            field_dict["agency_name"] = agency_name
        if maintenance_agency_note is not UNSET:
            field_dict["maintenance_agency_note"] = maintenance_agency_note
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
        jsonmodel_type = cast(
            "Literal['agent_record_control']", d.pop("jsonmodel_type")
        )
        if jsonmodel_type != "agent_record_control":
            raise ValueError(
                f"jsonmodel_type must match const 'agent_record_control', got '{jsonmodel_type}'"
            )

        maintenance_status = d.pop("maintenance_status")

        publication_status = d.pop("publication_status", UNSET)

        romanization = d.pop("romanization", UNSET)

        government_agency_type = d.pop("government_agency_type", UNSET)

        reference_evaluation = d.pop("reference_evaluation", UNSET)

        name_type = d.pop("name_type", UNSET)

        level_of_detail = d.pop("level_of_detail", UNSET)

        modified_record = d.pop("modified_record", UNSET)

        cataloging_source = d.pop("cataloging_source", UNSET)

        language = d.pop("language", UNSET)

        script = d.pop("script", UNSET)

        language_note = d.pop("language_note", UNSET)

        maintenance_agency = d.pop("maintenance_agency", UNSET)

        agency_name = d.pop("agency_name", UNSET)

        maintenance_agency_note = d.pop("maintenance_agency_note", UNSET)

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
            maintenance_status=maintenance_status,
            publication_status=publication_status,
            romanization=romanization,
            government_agency_type=government_agency_type,
            reference_evaluation=reference_evaluation,
            name_type=name_type,
            level_of_detail=level_of_detail,
            modified_record=modified_record,
            cataloging_source=cataloging_source,
            language=language,
            script=script,
            language_note=language_note,
            maintenance_agency=maintenance_agency,
            agency_name=agency_name,
            maintenance_agency_note=maintenance_agency_note,
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

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
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class AgentRecordControl(_r.Record):
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
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
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
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    AgentRecordControl,
    _r.Field(
        "jsonmodel_type", "jsonmodel_type", _r.choice("agent_record_control"), True
    ),
    _r.Field("maintenance_status", "maintenance_status", _r.STR, True),
    _r.Field("publication_status", "publication_status", _r.STR),
    _r.Field("romanization", "romanization", _r.STR),
    _r.Field("government_agency_type", "government_agency_type", _r.STR),
    _r.Field("reference_evaluation", "reference_evaluation", _r.STR),
    _r.Field("name_type", "name_type", _r.STR),
    _r.Field("level_of_detail", "level_of_detail", _r.STR),
    _r.Field("modified_record", "modified_record", _r.STR),
    _r.Field("cataloging_source", "cataloging_source", _r.STR),
    _r.Field("language", "language", _r.STR),
    _r.Field("script", "script", _r.STR),
    _r.Field("language_note", "language_note", _r.STR),
    _r.Field("maintenance_agency", "maintenance_agency", _r.STR),
    _r.Field("agency_name", "agency_name", _r.STR),
    _r.Field("maintenance_agency_note", "maintenance_agency_note", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

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
    from ..models.accession import Accession
    from ..models.agent_person import AgentPerson
    from ..models.archival_object import ArchivalObject
    from ..models.assessment_attribute import AssessmentAttribute
    from ..models.digital_object import DigitalObject
    from ..models.external_document import ExternalDocument
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.resource import Resource


@_attrs_define(slots=False, repr=False)
class Assessment(_r.Record):
    """A survey of one or more accessions, resources, archival objects or digital objects: who surveyed them and when,
    which documentation exists, and ratings, formats and conservation issues as defined by the repository's assessment
    attribute definitions.

        Attributes:
            jsonmodel_type (Literal['assessment']):  Default: 'assessment'.
            records (list[Ref[Accession | ArchivalObject | DigitalObject | Resource]]): Links to the assessed accessions,
                resources, archival objects or digital objects.
            surveyed_by (list[Ref[AgentPerson]]): Links to the people (agent_person) who did the survey.
            survey_begin (str): When the survey began, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
            uri (str): The record's URI, set by the server.
            display_string (str | Unset): A label built by the server.
            collections (list[Ref[Resource]]): Links to the resources the assessed records belong to.
            survey_end (str | Unset): When the survey ended, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; not before
                `survey_begin`.
            surveyed_duration (str | Unset): How long the survey took, as free text.
            surveyed_extent (str | Unset): How much material was surveyed, as free text.
            review_required (bool | Unset): Whether the assessment needs a review.
            reviewer (list[Ref[AgentPerson]]): Links to the people (agent_person) who should review it.
            review_note (str | Unset):
            inactive (bool | Unset): Whether the assessment is no longer current.
            purpose (str | Unset):
            scope (str | Unset):
            sensitive_material (bool | Unset): Whether the material is sensitive.
            accession_report (bool | Unset): Whether an accession report exists.
            appraisal (bool | Unset): Whether an appraisal exists.
            container_list (bool | Unset): Whether a container list exists.
            catalog_record (bool | Unset): Whether a catalog record exists.
            control_file (bool | Unset): Whether a control file exists.
            deed_of_gift (bool | Unset): Whether a deed of gift exists.
            finding_aid_ead (bool | Unset): Whether an EAD finding aid exists.
            finding_aid_online (bool | Unset): Whether an online finding aid exists.
            finding_aid_paper (bool | Unset): Whether a paper finding aid exists.
            finding_aid_word (bool | Unset): Whether a word-processor finding aid exists.
            finding_aid_spreadsheet (bool | Unset): Whether a spreadsheet finding aid exists.
            related_eac_records (bool | Unset): Whether related EAC records exist.
            existing_description_notes (str | Unset):
            formats (list[AssessmentAttribute]): Formats present in the material (definitions of type `format`).
            conservation_issues (list[AssessmentAttribute]): Conservation issues found (definitions of type
                `conservation_issue`).
            ratings (list[AssessmentAttribute]): Ratings given (definitions of type `rating`).
            general_assessment_note (str | Unset):
            special_format_note (str | Unset):
            exhibition_value_note (str | Unset):
            monetary_value (str | Unset): An estimated value, a number with at most 2 decimals.
            monetary_value_note (str | Unset):
            conservation_note (str | Unset):
            external_documents (list[ExternalDocument]):
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    records: list[Ref[Accession | ArchivalObject | DigitalObject | Resource]]
    surveyed_by: list[Ref[AgentPerson]]
    survey_begin: str
    jsonmodel_type: Literal["assessment"] = "assessment"
    uri: str = _r.NOT_YET_SENT
    display_string: str | Unset = UNSET
    collections: list[Ref[Resource]] = _attrs_field(factory=list)
    survey_end: str | Unset = UNSET
    surveyed_duration: str | Unset = UNSET
    surveyed_extent: str | Unset = UNSET
    review_required: bool | Unset = UNSET
    reviewer: list[Ref[AgentPerson]] = _attrs_field(factory=list)
    review_note: str | Unset = UNSET
    inactive: bool | Unset = UNSET
    purpose: str | Unset = UNSET
    scope: str | Unset = UNSET
    sensitive_material: bool | Unset = UNSET
    accession_report: bool | Unset = UNSET
    appraisal: bool | Unset = UNSET
    container_list: bool | Unset = UNSET
    catalog_record: bool | Unset = UNSET
    control_file: bool | Unset = UNSET
    deed_of_gift: bool | Unset = UNSET
    finding_aid_ead: bool | Unset = UNSET
    finding_aid_online: bool | Unset = UNSET
    finding_aid_paper: bool | Unset = UNSET
    finding_aid_word: bool | Unset = UNSET
    finding_aid_spreadsheet: bool | Unset = UNSET
    related_eac_records: bool | Unset = UNSET
    existing_description_notes: str | Unset = UNSET
    formats: list[AssessmentAttribute] = _attrs_field(factory=list)
    conservation_issues: list[AssessmentAttribute] = _attrs_field(factory=list)
    ratings: list[AssessmentAttribute] = _attrs_field(factory=list)
    general_assessment_note: str | Unset = UNSET
    special_format_note: str | Unset = UNSET
    exhibition_value_note: str | Unset = UNSET
    monetary_value: str | Unset = UNSET
    monetary_value_note: str | Unset = UNSET
    conservation_note: str | Unset = UNSET
    external_documents: list[ExternalDocument] = _attrs_field(factory=list)
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
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
    Assessment,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("assessment"), True),
    _r.Field("records", "records", _r.ListOf(_r.model("ref", "Ref")), True),
    _r.Field("surveyed_by", "surveyed_by", _r.ListOf(_r.model("ref", "Ref")), True),
    _r.Field("survey_begin", "survey_begin", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field(
        "collections", "collections", _r.ListOf(_r.model("ref", "Ref")), empty=True
    ),
    _r.Field("survey_end", "survey_end", _r.STR),
    _r.Field("surveyed_duration", "surveyed_duration", _r.STR),
    _r.Field("surveyed_extent", "surveyed_extent", _r.STR),
    _r.Field("review_required", "review_required", _r.BOOL),
    _r.Field("reviewer", "reviewer", _r.ListOf(_r.model("ref", "Ref")), empty=True),
    _r.Field("review_note", "review_note", _r.STR),
    _r.Field("inactive", "inactive", _r.BOOL),
    _r.Field("purpose", "purpose", _r.STR),
    _r.Field("scope", "scope", _r.STR),
    _r.Field("sensitive_material", "sensitive_material", _r.BOOL),
    _r.Field("accession_report", "accession_report", _r.BOOL),
    _r.Field("appraisal", "appraisal", _r.BOOL),
    _r.Field("container_list", "container_list", _r.BOOL),
    _r.Field("catalog_record", "catalog_record", _r.BOOL),
    _r.Field("control_file", "control_file", _r.BOOL),
    _r.Field("deed_of_gift", "deed_of_gift", _r.BOOL),
    _r.Field("finding_aid_ead", "finding_aid_ead", _r.BOOL),
    _r.Field("finding_aid_online", "finding_aid_online", _r.BOOL),
    _r.Field("finding_aid_paper", "finding_aid_paper", _r.BOOL),
    _r.Field("finding_aid_word", "finding_aid_word", _r.BOOL),
    _r.Field("finding_aid_spreadsheet", "finding_aid_spreadsheet", _r.BOOL),
    _r.Field("related_eac_records", "related_eac_records", _r.BOOL),
    _r.Field("existing_description_notes", "existing_description_notes", _r.STR),
    _r.Field(
        "formats",
        "formats",
        _r.ListOf(_r.model("assessment_attribute", "AssessmentAttribute")),
        empty=True,
    ),
    _r.Field(
        "conservation_issues",
        "conservation_issues",
        _r.ListOf(_r.model("assessment_attribute", "AssessmentAttribute")),
        empty=True,
    ),
    _r.Field(
        "ratings",
        "ratings",
        _r.ListOf(_r.model("assessment_attribute", "AssessmentAttribute")),
        empty=True,
    ),
    _r.Field("general_assessment_note", "general_assessment_note", _r.STR),
    _r.Field("special_format_note", "special_format_note", _r.STR),
    _r.Field("exhibition_value_note", "exhibition_value_note", _r.STR),
    _r.Field("monetary_value", "monetary_value", _r.STR),
    _r.Field("monetary_value_note", "monetary_value_note", _r.STR),
    _r.Field("conservation_note", "conservation_note", _r.STR),
    _r.Field(
        "external_documents",
        "external_documents",
        _r.ListOf(_r.model("external_document", "ExternalDocument")),
        empty=True,
    ),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

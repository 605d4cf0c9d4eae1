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
    from ..models.assessment_attribute import AssessmentAttribute
    from ..models.external_document import ExternalDocument
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.assessment_attribute import AssessmentAttribute  # noqa: PLC0415
    from ..models.external_document import ExternalDocument  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "AssessmentAttribute": AssessmentAttribute,
            "ExternalDocument": ExternalDocument,
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Assessment")


@_attrs_define
class Assessment:
    """A survey of one or more accessions, resources, archival objects or digital objects: who surveyed them and when,
    which documentation exists, and ratings, formats and conservation issues as defined by the repository's assessment
    attribute definitions.

        Attributes:
            jsonmodel_type (Literal['assessment']):  Default: 'assessment'.
            records (list[Ref]): Links to the assessed accessions, resources, archival objects or digital objects.
            surveyed_by (list[Ref]): Links to the people (agent_person) who did the survey.
            survey_begin (str): When the survey began, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
            uri (str | Unset): The record's URI, set by the server.
            display_string (str | Unset): A label built by the server.
            collections (list[Ref] | Unset): Links to the resources the assessed records belong to.
            survey_end (str | Unset): When the survey ended, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; not before
                `survey_begin`.
            surveyed_duration (str | Unset): How long the survey took, as free text.
            surveyed_extent (str | Unset): How much material was surveyed, as free text.
            review_required (bool | Unset): Whether the assessment needs a review.
            reviewer (list[Ref] | Unset): Links to the people (agent_person) who should review it.
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
            formats (list[AssessmentAttribute] | Unset): Formats present in the material (definitions of type `format`).
            conservation_issues (list[AssessmentAttribute] | Unset): Conservation issues found (definitions of type
                `conservation_issue`).
            ratings (list[AssessmentAttribute] | Unset): Ratings given (definitions of type `rating`).
            general_assessment_note (str | Unset):
            special_format_note (str | Unset):
            exhibition_value_note (str | Unset):
            monetary_value (str | Unset): An estimated value, a number with at most 2 decimals.
            monetary_value_note (str | Unset):
            conservation_note (str | Unset):
            external_documents (list[ExternalDocument] | Unset):
            lock_version (int | str | Unset): The optimistic-lock counter; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            create_time (datetime.datetime | Unset): When the record was created.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in the database, for any reason.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    records: list[Ref]
    surveyed_by: list[Ref]
    survey_begin: str
    jsonmodel_type: Literal["assessment"] = "assessment"
    uri: str | Unset = UNSET
    display_string: str | Unset = UNSET
    collections: list[Ref] | Unset = UNSET
    survey_end: str | Unset = UNSET
    surveyed_duration: str | Unset = UNSET
    surveyed_extent: str | Unset = UNSET
    review_required: bool | Unset = UNSET
    reviewer: list[Ref] | Unset = UNSET
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
    formats: list[AssessmentAttribute] | Unset = UNSET
    conservation_issues: list[AssessmentAttribute] | Unset = UNSET
    ratings: list[AssessmentAttribute] | Unset = UNSET
    general_assessment_note: str | Unset = UNSET
    special_format_note: str | Unset = UNSET
    exhibition_value_note: str | Unset = UNSET
    monetary_value: str | Unset = UNSET
    monetary_value_note: str | Unset = UNSET
    conservation_note: str | Unset = UNSET
    external_documents: list[ExternalDocument] | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        jsonmodel_type = self.jsonmodel_type

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        surveyed_by = []
        for surveyed_by_item_data in self.surveyed_by:
            surveyed_by_item = surveyed_by_item_data.to_dict()
            surveyed_by.append(surveyed_by_item)

        survey_begin = self.survey_begin

        uri = self.uri

        display_string = self.display_string

        collections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collections, Unset):
            collections = []
            for collections_item_data in self.collections:
                collections_item = collections_item_data.to_dict()
                collections.append(collections_item)

        survey_end = self.survey_end

        surveyed_duration = self.surveyed_duration

        surveyed_extent = self.surveyed_extent

        review_required = self.review_required

        reviewer: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reviewer, Unset):
            reviewer = []
            for reviewer_item_data in self.reviewer:
                reviewer_item = reviewer_item_data.to_dict()
                reviewer.append(reviewer_item)

        review_note = self.review_note

        inactive = self.inactive

        purpose = self.purpose

        scope = self.scope

        sensitive_material = self.sensitive_material

        accession_report = self.accession_report

        appraisal = self.appraisal

        container_list = self.container_list

        catalog_record = self.catalog_record

        control_file = self.control_file

        deed_of_gift = self.deed_of_gift

        finding_aid_ead = self.finding_aid_ead

        finding_aid_online = self.finding_aid_online

        finding_aid_paper = self.finding_aid_paper

        finding_aid_word = self.finding_aid_word

        finding_aid_spreadsheet = self.finding_aid_spreadsheet

        related_eac_records = self.related_eac_records

        existing_description_notes = self.existing_description_notes

        formats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.formats, Unset):
            formats = []
            for formats_item_data in self.formats:
                formats_item = formats_item_data.to_dict()
                formats.append(formats_item)

        conservation_issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conservation_issues, Unset):
            conservation_issues = []
            for conservation_issues_item_data in self.conservation_issues:
                conservation_issues_item = conservation_issues_item_data.to_dict()
                conservation_issues.append(conservation_issues_item)

        ratings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ratings, Unset):
            ratings = []
            for ratings_item_data in self.ratings:
                ratings_item = ratings_item_data.to_dict()
                ratings.append(ratings_item)

        general_assessment_note = self.general_assessment_note

        special_format_note = self.special_format_note

        exhibition_value_note = self.exhibition_value_note

        monetary_value = self.monetary_value

        monetary_value_note = self.monetary_value_note

        conservation_note = self.conservation_note

        external_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_documents, Unset):
            external_documents = []
            for external_documents_item_data in self.external_documents:
                external_documents_item = external_documents_item_data.to_dict()
                external_documents.append(external_documents_item)

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonmodel_type": jsonmodel_type,
                "records": records,
                "surveyed_by": surveyed_by,
                "survey_begin": survey_begin,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if display_string is not UNSET:
            field_dict["display_string"] = display_string
        if collections is not UNSET:
            field_dict["collections"] = collections
        if survey_end is not UNSET:
            field_dict["survey_end"] = survey_end
        if surveyed_duration is not UNSET:
            field_dict["surveyed_duration"] = surveyed_duration
        if surveyed_extent is not UNSET:
            field_dict["surveyed_extent"] = surveyed_extent
        if review_required is not UNSET:
            field_dict["review_required"] = review_required
        if reviewer is not UNSET:
            field_dict["reviewer"] = reviewer
        if review_note is not UNSET:
            field_dict["review_note"] = review_note
        if inactive is not UNSET:
            field_dict["inactive"] = inactive
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if scope is not UNSET:
            field_dict["scope"] = scope
        if sensitive_material is not UNSET:
            field_dict["sensitive_material"] = sensitive_material
        if accession_report is not UNSET:
            field_dict["accession_report"] = accession_report
        if appraisal is not UNSET:
            field_dict["appraisal"] = appraisal
        if container_list is not UNSET:
            field_dict["container_list"] = container_list
        if catalog_record is not UNSET:
            field_dict["catalog_record"] = catalog_record
        if control_file is not UNSET:
            field_dict["control_file"] = control_file
        if deed_of_gift is not UNSET:
            field_dict["deed_of_gift"] = deed_of_gift
        if finding_aid_ead is not UNSET:
            field_dict["finding_aid_ead"] = finding_aid_ead
        if finding_aid_online is not UNSET:
            field_dict["finding_aid_online"] = finding_aid_online
        if finding_aid_paper is not UNSET:
            field_dict["finding_aid_paper"] = finding_aid_paper
        if finding_aid_word is not UNSET:
            field_dict["finding_aid_word"] = finding_aid_word
        if finding_aid_spreadsheet is not UNSET:
            field_dict["finding_aid_spreadsheet"] = finding_aid_spreadsheet
        if related_eac_records is not UNSET:
            field_dict["related_eac_records"] = related_eac_records
        if existing_description_notes is not UNSET:
            field_dict["existing_description_notes"] = existing_description_notes
        if formats is not UNSET:
            field_dict["formats"] = formats
        if conservation_issues is not UNSET:
            field_dict["conservation_issues"] = conservation_issues
        if ratings is not UNSET:
            field_dict["ratings"] = ratings
        if general_assessment_note is not UNSET:
            field_dict["general_assessment_note"] = general_assessment_note
        if special_format_note is not UNSET:
            field_dict["special_format_note"] = special_format_note
        if exhibition_value_note is not UNSET:
            field_dict["exhibition_value_note"] = exhibition_value_note
        if monetary_value is not UNSET:
            field_dict["monetary_value"] = monetary_value
        if monetary_value_note is not UNSET:
            field_dict["monetary_value_note"] = monetary_value_note
        if conservation_note is not UNSET:
            field_dict["conservation_note"] = conservation_note
        if external_documents is not UNSET:
            field_dict["external_documents"] = external_documents
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        jsonmodel_type = cast("Literal['assessment']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "assessment":
            raise ValueError(
                f"jsonmodel_type must match const 'assessment', got '{jsonmodel_type}'"
            )

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = Ref.from_dict(records_item_data)

            records.append(records_item)

        surveyed_by = []
        _surveyed_by = d.pop("surveyed_by")
        for surveyed_by_item_data in _surveyed_by:
            surveyed_by_item = Ref.from_dict(surveyed_by_item_data)

            surveyed_by.append(surveyed_by_item)

        survey_begin = d.pop("survey_begin")

        uri = d.pop("uri", UNSET)

        display_string = d.pop("display_string", UNSET)

        _collections = d.pop("collections", UNSET)
        collections: list[Ref] | Unset = UNSET
        if _collections is not UNSET:
            collections = []
            for collections_item_data in _collections:
                collections_item = Ref.from_dict(collections_item_data)

                collections.append(collections_item)

        survey_end = d.pop("survey_end", UNSET)

        surveyed_duration = d.pop("surveyed_duration", UNSET)

        surveyed_extent = d.pop("surveyed_extent", UNSET)

        review_required = d.pop("review_required", UNSET)

        _reviewer = d.pop("reviewer", UNSET)
        reviewer: list[Ref] | Unset = UNSET
        if _reviewer is not UNSET:
            reviewer = []
            for reviewer_item_data in _reviewer:
                reviewer_item = Ref.from_dict(reviewer_item_data)

                reviewer.append(reviewer_item)

        review_note = d.pop("review_note", UNSET)

        inactive = d.pop("inactive", UNSET)

        purpose = d.pop("purpose", UNSET)

        scope = d.pop("scope", UNSET)

        sensitive_material = d.pop("sensitive_material", UNSET)

        accession_report = d.pop("accession_report", UNSET)

        appraisal = d.pop("appraisal", UNSET)

        container_list = d.pop("container_list", UNSET)

        catalog_record = d.pop("catalog_record", UNSET)

        control_file = d.pop("control_file", UNSET)

        deed_of_gift = d.pop("deed_of_gift", UNSET)

        finding_aid_ead = d.pop("finding_aid_ead", UNSET)

        finding_aid_online = d.pop("finding_aid_online", UNSET)

        finding_aid_paper = d.pop("finding_aid_paper", UNSET)

        finding_aid_word = d.pop("finding_aid_word", UNSET)

        finding_aid_spreadsheet = d.pop("finding_aid_spreadsheet", UNSET)

        related_eac_records = d.pop("related_eac_records", UNSET)

        existing_description_notes = d.pop("existing_description_notes", UNSET)

        _formats = d.pop("formats", UNSET)
        formats: list[AssessmentAttribute] | Unset = UNSET
        if _formats is not UNSET:
            formats = []
            for formats_item_data in _formats:
                formats_item = AssessmentAttribute.from_dict(formats_item_data)

                formats.append(formats_item)

        _conservation_issues = d.pop("conservation_issues", UNSET)
        conservation_issues: list[AssessmentAttribute] | Unset = UNSET
        if _conservation_issues is not UNSET:
            conservation_issues = []
            for conservation_issues_item_data in _conservation_issues:
                conservation_issues_item = AssessmentAttribute.from_dict(
                    conservation_issues_item_data
                )

                conservation_issues.append(conservation_issues_item)

        _ratings = d.pop("ratings", UNSET)
        ratings: list[AssessmentAttribute] | Unset = UNSET
        if _ratings is not UNSET:
            ratings = []
            for ratings_item_data in _ratings:
                ratings_item = AssessmentAttribute.from_dict(ratings_item_data)

                ratings.append(ratings_item)

        general_assessment_note = d.pop("general_assessment_note", UNSET)

        special_format_note = d.pop("special_format_note", UNSET)

        exhibition_value_note = d.pop("exhibition_value_note", UNSET)

        monetary_value = d.pop("monetary_value", UNSET)

        monetary_value_note = d.pop("monetary_value_note", UNSET)

        conservation_note = d.pop("conservation_note", UNSET)

        _external_documents = d.pop("external_documents", UNSET)
        external_documents: list[ExternalDocument] | Unset = UNSET
        if _external_documents is not UNSET:
            external_documents = []
            for external_documents_item_data in _external_documents:
                external_documents_item = ExternalDocument.from_dict(
                    external_documents_item_data
                )

                external_documents.append(external_documents_item)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

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

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            jsonmodel_type=jsonmodel_type,
            records=records,
            surveyed_by=surveyed_by,
            survey_begin=survey_begin,
            uri=uri,
            display_string=display_string,
            collections=collections,
            survey_end=survey_end,
            surveyed_duration=surveyed_duration,
            surveyed_extent=surveyed_extent,
            review_required=review_required,
            reviewer=reviewer,
            review_note=review_note,
            inactive=inactive,
            purpose=purpose,
            scope=scope,
            sensitive_material=sensitive_material,
            accession_report=accession_report,
            appraisal=appraisal,
            container_list=container_list,
            catalog_record=catalog_record,
            control_file=control_file,
            deed_of_gift=deed_of_gift,
            finding_aid_ead=finding_aid_ead,
            finding_aid_online=finding_aid_online,
            finding_aid_paper=finding_aid_paper,
            finding_aid_word=finding_aid_word,
            finding_aid_spreadsheet=finding_aid_spreadsheet,
            related_eac_records=related_eac_records,
            existing_description_notes=existing_description_notes,
            formats=formats,
            conservation_issues=conservation_issues,
            ratings=ratings,
            general_assessment_note=general_assessment_note,
            special_format_note=special_format_note,
            exhibition_value_note=exhibition_value_note,
            monetary_value=monetary_value,
            monetary_value_note=monetary_value_note,
            conservation_note=conservation_note,
            external_documents=external_documents,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            create_time=create_time,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
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

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
    from ..models.accession_parts_relationship import AccessionPartsRelationship
    from ..models.accession_sibling_relationship import AccessionSiblingRelationship
    from ..models.archival_object import ArchivalObject
    from ..models.classification import Classification
    from ..models.classification_term import ClassificationTerm
    from ..models.collection_management import CollectionManagement
    from ..models.date import Date
    from ..models.deaccession import Deaccession
    from ..models.event import Event
    from ..models.extent import Extent
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.file_version import FileVersion
    from ..models.instance import Instance
    from ..models.lang_material import LangMaterial
    from ..models.linked_agent import LinkedAgent
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.resource import Resource
    from ..models.rights_statement import RightsStatement
    from ..models.subject import Subject
    from ..models.user_defined import UserDefined


@_attrs_define(slots=False, repr=False)
class Accession(_r.Record):
    """An accession: a record of material received by the repository (from whom, when, how much, under which terms). Its
    identifier is up to four parts, `id_0` to `id_3`, unique in the repository. Accessions may later be linked to the
    resources that describe the material.

        Attributes:
            id_0 (str): The first part of the identifier.
            jsonmodel_type (Literal['accession']):  Default: 'accession'.
            uri (str): The accession's URI, set by the server.
            external_ids (list[ExternalId]):
            title (str | Unset): The accession's title.
            display_string (str | Unset): The title (or the identifier when there is no title), as lists show it.
            slug (str | Unset): The human-readable part of the record's public URL.
            is_slug_auto (bool | Unset): Whether the server derives `slug` from the title or identifier. Default: True.
            id_1 (str | Unset): The second part of the identifier.
            id_2 (str | Unset): The third part of the identifier.
            id_3 (str | Unset): The fourth part of the identifier.
            content_description (str | Unset): What the accession contains.
            condition_description (str | Unset): The physical condition of the material on arrival.
            disposition (str | Unset): What was done with the material (where it went).
            inventory (str | Unset): A list of the material received.
            provenance (str | Unset): Where the material came from and its custodial history.
            related_accessions (list[AccessionPartsRelationship | AccessionSiblingRelationship]): Links to other accessions
                this one is part of, has parts in, or is bound with.
            accession_date (str | Unset): When the material was received, as `YYYY-MM-DD`. The server stores `9999-12-31`
                when it is left out.
            publish (bool | Unset): Whether the public interface shows the accession.
            classifications (list[Ref[Classification | ClassificationTerm]]): Links to classifications or classification
                terms (`{ref}`).
            subjects (list[Ref[Subject]]): Links to subjects (`{ref}` to `/subjects/{id}`).
            linked_events (list[Ref[Event]]): Events that link this accession (`{ref}` to
                `/repositories/{repo_id}/events/{id}`).
            extents (list[Extent]):
            lang_materials (list[LangMaterial]):
            dates (list[Date]):
            external_documents (list[ExternalDocument]):
            rights_statements (list[RightsStatement]):
            deaccessions (list[Deaccession]):
            collection_management (CollectionManagement | Unset): Processing information of an accession, resource or
                digital object: plan, priority, status, estimated hours.
            user_defined (UserDefined | Unset): Fields each repository may use for its own purposes, with labels configured
                in the staff interface. The "integer" and "real" fields hold numbers as text.
            related_resources (list[Ref[Resource]]): Resources that describe this accession's material (`{ref}` to
                `/repositories/{repo_id}/resources/{id}`).
            component_links (list[Ref[ArchivalObject]]): Archival objects that describe part of this accession's material.
            suppressed (bool | Unset): Whether the accession is suppressed (hidden from everyone without the suppress
                permission).
            acquisition_type (str | Unset): How the material was acquired (enumeration `accession_acquisition_type`; known
                values `deposit`, `gift`, `purchase`, `transfer`).
            resource_type (str | Unset): What kind of material it is (enumeration `accession_resource_type`; known values
                `collection`, `papers`, `publications`, `records`).
            language (str | Unset): An ISO 639-2 code (enumeration `language_iso639_2`).
            script (str | Unset): An ISO 15924 code (enumeration `script_iso15924`).
            restrictions_apply (bool | Unset): Whether any restrictions apply to the material. Default: False.
            retention_rule (str | Unset): The retention rule for the material.
            general_note (str | Unset): A general note.
            access_restrictions (bool | Unset): Whether access to the material is restricted. Default: False.
            access_restrictions_note (str | Unset): How access is restricted.
            use_restrictions (bool | Unset): Whether use of the material is restricted. Default: False.
            use_restrictions_note (str | Unset): How use is restricted.
            linked_agents (list[LinkedAgent]): Agents linked as creators, sources or subjects.
            instances (list[Instance]):
            metadata_rights_declarations (list[MetadataRightsDeclaration]):
            representative_file_version (FileVersion | Unset): One file (or URL) of a digital object or digital object
                component. It appears in archival records only as the read-only `representative_file_version`.
            lock_version (int | str | Unset): Optimistic-lock counter; send back the value you fetched.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    id_0: str
    jsonmodel_type: Literal["accession"] = "accession"
    uri: str = _r.NOT_YET_SENT
    external_ids: list[ExternalId] = _attrs_field(factory=list)
    title: str | Unset = UNSET
    display_string: str | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    id_1: str | Unset = UNSET
    id_2: str | Unset = UNSET
    id_3: str | Unset = UNSET
    content_description: str | Unset = UNSET
    condition_description: str | Unset = UNSET
    disposition: str | Unset = UNSET
    inventory: str | Unset = UNSET
    provenance: str | Unset = UNSET
    related_accessions: list[
        AccessionPartsRelationship | AccessionSiblingRelationship
    ] = _attrs_field(factory=list)
    accession_date: str | Unset = UNSET
    publish: bool | Unset = UNSET
    classifications: list[Ref[Classification | ClassificationTerm]] = _attrs_field(
        factory=list
    )
    subjects: list[Ref[Subject]] = _attrs_field(factory=list)
    linked_events: list[Ref[Event]] = _attrs_field(factory=list)
    extents: list[Extent] = _attrs_field(factory=list)
    lang_materials: list[LangMaterial] = _attrs_field(factory=list)
    dates: list[Date] = _attrs_field(factory=list)
    external_documents: list[ExternalDocument] = _attrs_field(factory=list)
    rights_statements: list[RightsStatement] = _attrs_field(factory=list)
    deaccessions: list[Deaccession] = _attrs_field(factory=list)
    collection_management: CollectionManagement | Unset = UNSET
    user_defined: UserDefined | Unset = UNSET
    related_resources: list[Ref[Resource]] = _attrs_field(factory=list)
    component_links: list[Ref[ArchivalObject]] = _attrs_field(factory=list)
    suppressed: bool | Unset = UNSET
    acquisition_type: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    language: str | Unset = UNSET
    script: str | Unset = UNSET
    restrictions_apply: bool | Unset = False
    retention_rule: str | Unset = UNSET
    general_note: str | Unset = UNSET
    access_restrictions: bool | Unset = False
    access_restrictions_note: str | Unset = UNSET
    use_restrictions: bool | Unset = False
    use_restrictions_note: str | Unset = UNSET
    linked_agents: list[LinkedAgent] = _attrs_field(factory=list)
    instances: list[Instance] = _attrs_field(factory=list)
    metadata_rights_declarations: list[MetadataRightsDeclaration] = _attrs_field(
        factory=list
    )
    representative_file_version: FileVersion | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
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
    Accession,
    _r.Field("id_0", "id_0", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("accession"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field(
        "external_ids",
        "external_ids",
        _r.ListOf(_r.model("external_id", "ExternalId")),
        empty=True,
    ),
    _r.Field("title", "title", _r.STR),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("slug", "slug", _r.STR),
    _r.Field("is_slug_auto", "is_slug_auto", _r.BOOL),
    _r.Field("id_1", "id_1", _r.STR),
    _r.Field("id_2", "id_2", _r.STR),
    _r.Field("id_3", "id_3", _r.STR),
    _r.Field("content_description", "content_description", _r.STR),
    _r.Field("condition_description", "condition_description", _r.STR),
    _r.Field("disposition", "disposition", _r.STR),
    _r.Field("inventory", "inventory", _r.STR),
    _r.Field("provenance", "provenance", _r.STR),
    _r.Field(
        "related_accessions",
        "related_accessions",
        _r.ListOf(
            _r.one_of(
                _r.model("accession_parts_relationship", "AccessionPartsRelationship"),
                _r.model(
                    "accession_sibling_relationship", "AccessionSiblingRelationship"
                ),
                tag="jsonmodel_type",
                tags=(
                    "accession_parts_relationship",
                    "accession_sibling_relationship",
                ),
            )
        ),
        empty=True,
    ),
    _r.Field("accession_date", "accession_date", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field(
        "classifications",
        "classifications",
        _r.ListOf(_r.model("ref", "Ref")),
        empty=True,
    ),
    _r.Field("subjects", "subjects", _r.ListOf(_r.model("ref", "Ref")), empty=True),
    _r.Field(
        "linked_events", "linked_events", _r.ListOf(_r.model("ref", "Ref")), empty=True
    ),
    _r.Field("extents", "extents", _r.ListOf(_r.model("extent", "Extent")), empty=True),
    _r.Field(
        "lang_materials",
        "lang_materials",
        _r.ListOf(_r.model("lang_material", "LangMaterial")),
        empty=True,
    ),
    _r.Field("dates", "dates", _r.ListOf(_r.model("date", "Date")), empty=True),
    _r.Field(
        "external_documents",
        "external_documents",
        _r.ListOf(_r.model("external_document", "ExternalDocument")),
        empty=True,
    ),
    _r.Field(
        "rights_statements",
        "rights_statements",
        _r.ListOf(_r.model("rights_statement", "RightsStatement")),
        empty=True,
    ),
    _r.Field(
        "deaccessions",
        "deaccessions",
        _r.ListOf(_r.model("deaccession", "Deaccession")),
        empty=True,
    ),
    _r.Field(
        "collection_management",
        "collection_management",
        _r.model("collection_management", "CollectionManagement"),
    ),
    _r.Field("user_defined", "user_defined", _r.model("user_defined", "UserDefined")),
    _r.Field(
        "related_resources",
        "related_resources",
        _r.ListOf(_r.model("ref", "Ref")),
        empty=True,
    ),
    _r.Field(
        "component_links",
        "component_links",
        _r.ListOf(_r.model("ref", "Ref")),
        empty=True,
    ),
    _r.Field("suppressed", "suppressed", _r.BOOL),
    _r.Field("acquisition_type", "acquisition_type", _r.STR),
    _r.Field("resource_type", "resource_type", _r.STR),
    _r.Field("language", "language", _r.STR),
    _r.Field("script", "script", _r.STR),
    _r.Field("restrictions_apply", "restrictions_apply", _r.BOOL),
    _r.Field("retention_rule", "retention_rule", _r.STR),
    _r.Field("general_note", "general_note", _r.STR),
    _r.Field("access_restrictions", "access_restrictions", _r.BOOL),
    _r.Field("access_restrictions_note", "access_restrictions_note", _r.STR),
    _r.Field("use_restrictions", "use_restrictions", _r.BOOL),
    _r.Field("use_restrictions_note", "use_restrictions_note", _r.STR),
    _r.Field(
        "linked_agents",
        "linked_agents",
        _r.ListOf(_r.model("linked_agent", "LinkedAgent")),
        empty=True,
    ),
    _r.Field(
        "instances",
        "instances",
        _r.ListOf(_r.model("instance", "Instance")),
        empty=True,
    ),
    _r.Field(
        "metadata_rights_declarations",
        "metadata_rights_declarations",
        _r.ListOf(_r.model("metadata_rights_declaration", "MetadataRightsDeclaration")),
        empty=True,
    ),
    _r.Field(
        "representative_file_version",
        "representative_file_version",
        _r.model("file_version", "FileVersion"),
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

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
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration
    from ..models.ref import Ref
    from ..models.repository import Repository
    from ..models.term import Term


@_attrs_define(slots=False, repr=False)
class Subject(_r.Record):
    """A controlled heading (a topic, a place, a genre, a function...) built from an ordered list of terms, each with its
    own type: `Photography -- History -- 19th century` is three terms. Global, at `/subjects/{id}`; archival records
    link to it through their `subjects` list, agents through their places, occupations, functions and topics. Its
    `title` is the terms joined with ` -- `.

        Attributes:
            jsonmodel_type (Literal['subject']):  Default: 'subject'.
            terms (list[str | Term]): The heading's terms, in order. Send new terms as objects (the server reuses an
                identical term of the vocabulary when there is one) or existing ones by URI; the server answers objects.
            source (str): The thesaurus the heading comes from (enumeration `subject_source`; known values `aat`, `cash`,
                `gmgpc`, `ingest`, `lcgft`, `lcsh`, `lcshac`, `local`, `mesh`, `nal`, `not_applicable`, `not_specified`,
                `other`, `ram`, `rbgenr`, `rvm`, `sears`, `tgn`).
            vocabulary (str): The URI of the vocabulary that holds the terms.
            uri (str): The subject's URI, set by the server.
            title (str | Unset): The terms joined with ` -- `.
            authority_id (str | Unset): The heading's identifier in its thesaurus, often a URI.
            scope_note (str | Unset): What the heading covers, and how to use it.
            external_ids (list[ExternalId]): Identifiers of the subject in other systems.
            external_documents (list[ExternalDocument]): Links to documents about the subject held elsewhere.
            metadata_rights_declarations (list[MetadataRightsDeclaration]): Licences or rights statements that govern reuse
                of this description.
            slug (str | Unset): The subject's URL slug in the public interface.
            is_slug_auto (bool | Unset): When true the server derives `slug` from the title. Default: True.
            publish (bool | Unset): Subjects are always published; the server ignores a value sent. Default: True.
            is_linked_to_published_record (bool | Unset): Whether a published record links to the subject.
            used_within_repositories (list[str]): URIs of the repositories whose records link to the subject (only computed
                for sessions that may index the system).
            used_within_published_repositories (list[str]): The published ones among `used_within_repositories`.
            lock_version (int | str | Unset): The record's version; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    terms: list[str | Term]
    source: str
    vocabulary: str
    jsonmodel_type: Literal["subject"] = "subject"
    uri: str = _r.NOT_YET_SENT
    title: str | Unset = UNSET
    authority_id: str | Unset = UNSET
    scope_note: str | Unset = UNSET
    external_ids: list[ExternalId] = _attrs_field(factory=list)
    external_documents: list[ExternalDocument] = _attrs_field(factory=list)
    metadata_rights_declarations: list[MetadataRightsDeclaration] = _attrs_field(
        factory=list
    )
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    publish: bool | Unset = True
    is_linked_to_published_record: bool | Unset = UNSET
    used_within_repositories: list[str] = _attrs_field(factory=list)
    used_within_published_repositories: list[str] = _attrs_field(factory=list)
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
    Subject,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("subject"), True),
    _r.Field(
        "terms", "terms", _r.ListOf(_r.one_of(_r.model("term", "Term"), _r.STR)), True
    ),
    _r.Field("source", "source", _r.STR, True),
    _r.Field("vocabulary", "vocabulary", _r.STR, True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("title", "title", _r.STR),
    _r.Field("authority_id", "authority_id", _r.STR),
    _r.Field("scope_note", "scope_note", _r.STR),
    _r.Field(
        "external_ids",
        "external_ids",
        _r.ListOf(_r.model("external_id", "ExternalId")),
        empty=True,
    ),
    _r.Field(
        "external_documents",
        "external_documents",
        _r.ListOf(_r.model("external_document", "ExternalDocument")),
        empty=True,
    ),
    _r.Field(
        "metadata_rights_declarations",
        "metadata_rights_declarations",
        _r.ListOf(_r.model("metadata_rights_declaration", "MetadataRightsDeclaration")),
        empty=True,
    ),
    _r.Field("slug", "slug", _r.STR),
    _r.Field("is_slug_auto", "is_slug_auto", _r.BOOL),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("is_linked_to_published_record", "is_linked_to_published_record", _r.BOOL),
    _r.Field(
        "used_within_repositories",
        "used_within_repositories",
        _r.ListOf(_r.STR),
        empty=True,
    ),
    _r.Field(
        "used_within_published_repositories",
        "used_within_published_repositories",
        _r.ListOf(_r.STR),
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

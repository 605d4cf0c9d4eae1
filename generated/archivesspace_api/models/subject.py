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
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration
    from ..models.ref import Ref
    from ..models.term import Term

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.external_document import ExternalDocument  # noqa: PLC0415
    from ..models.external_id import ExternalId  # noqa: PLC0415
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.term import Term  # noqa: PLC0415

    globals().update(
        {
            "ExternalDocument": ExternalDocument,
            "ExternalId": ExternalId,
            "MetadataRightsDeclaration": MetadataRightsDeclaration,
            "Ref": Ref,
            "Term": Term,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Subject")


@_attrs_define
class Subject:
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
            uri (str | Unset): The subject's URI, set by the server.
            title (str | Unset): The terms joined with ` -- `.
            authority_id (str | Unset): The heading's identifier in its thesaurus, often a URI.
            scope_note (str | Unset): What the heading covers, and how to use it.
            external_ids (list[ExternalId] | Unset): Identifiers of the subject in other systems.
            external_documents (list[ExternalDocument] | Unset): Links to documents about the subject held elsewhere.
            metadata_rights_declarations (list[MetadataRightsDeclaration] | Unset): Licences or rights statements that
                govern reuse of this description.
            slug (str | Unset): The subject's URL slug in the public interface.
            is_slug_auto (bool | Unset): When true the server derives `slug` from the title. Default: True.
            publish (bool | Unset): Subjects are always published; the server ignores a value sent. Default: True.
            is_linked_to_published_record (bool | Unset): Whether a published record links to the subject.
            used_within_repositories (list[str] | Unset): URIs of the repositories whose records link to the subject (only
                computed for sessions that may index the system).
            used_within_published_repositories (list[str] | Unset): The published ones among `used_within_repositories`.
            lock_version (int | str | Unset): The record's version; send back the value you fetched when you update.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    terms: list[str | Term]
    source: str
    vocabulary: str
    jsonmodel_type: Literal["subject"] = "subject"
    uri: str | Unset = UNSET
    title: str | Unset = UNSET
    authority_id: str | Unset = UNSET
    scope_note: str | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
    external_documents: list[ExternalDocument] | Unset = UNSET
    metadata_rights_declarations: list[MetadataRightsDeclaration] | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    publish: bool | Unset = True
    is_linked_to_published_record: bool | Unset = UNSET
    used_within_repositories: list[str] | Unset = UNSET
    used_within_published_repositories: list[str] | Unset = UNSET
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

        terms = []
        for terms_item_data in self.terms:
            terms_item: dict[str, Any] | str
            if isinstance(terms_item_data, Term):
                terms_item = terms_item_data.to_dict()
            else:
                terms_item = terms_item_data
            terms.append(terms_item)

        source = self.source

        vocabulary = self.vocabulary

        uri = self.uri

        title = self.title

        authority_id = self.authority_id

        scope_note = self.scope_note

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        external_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_documents, Unset):
            external_documents = []
            for external_documents_item_data in self.external_documents:
                external_documents_item = external_documents_item_data.to_dict()
                external_documents.append(external_documents_item)

        metadata_rights_declarations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata_rights_declarations, Unset):
            metadata_rights_declarations = []
            for (
                metadata_rights_declarations_item_data
            ) in self.metadata_rights_declarations:
                metadata_rights_declarations_item = (
                    metadata_rights_declarations_item_data.to_dict()
                )
                metadata_rights_declarations.append(metadata_rights_declarations_item)

        slug = self.slug

        is_slug_auto = self.is_slug_auto

        publish = self.publish

        is_linked_to_published_record = self.is_linked_to_published_record

        used_within_repositories: list[str] | Unset = UNSET
        if not isinstance(self.used_within_repositories, Unset):
            used_within_repositories = self.used_within_repositories

        used_within_published_repositories: list[str] | Unset = UNSET
        if not isinstance(self.used_within_published_repositories, Unset):
            used_within_published_repositories = self.used_within_published_repositories

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
                "terms": terms,
                "source": source,
                "vocabulary": vocabulary,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if title is not UNSET:
            field_dict["title"] = title
        if authority_id is not UNSET:
            field_dict["authority_id"] = authority_id
        if scope_note is not UNSET:
            field_dict["scope_note"] = scope_note
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if external_documents is not UNSET:
            field_dict["external_documents"] = external_documents
        if metadata_rights_declarations is not UNSET:
            field_dict["metadata_rights_declarations"] = metadata_rights_declarations
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_slug_auto is not UNSET:
            field_dict["is_slug_auto"] = is_slug_auto
        if publish is not UNSET:
            field_dict["publish"] = publish
        if is_linked_to_published_record is not UNSET:
            field_dict["is_linked_to_published_record"] = is_linked_to_published_record
        if used_within_repositories is not UNSET:
            field_dict["used_within_repositories"] = used_within_repositories
        if used_within_published_repositories is not UNSET:
            field_dict["used_within_published_repositories"] = (
                used_within_published_repositories
            )
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
        jsonmodel_type = cast("Literal['subject']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "subject":
            raise ValueError(
                f"jsonmodel_type must match const 'subject', got '{jsonmodel_type}'"
            )

        terms = []
        _terms = d.pop("terms")
        for terms_item_data in _terms:

            def _parse_terms_item(data: object) -> str | Term:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    terms_item_type_0 = Term.from_dict(data)

                    return terms_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast("str | Term", data)

            terms_item = _parse_terms_item(terms_item_data)

            terms.append(terms_item)

        source = d.pop("source")

        vocabulary = d.pop("vocabulary")

        uri = d.pop("uri", UNSET)

        title = d.pop("title", UNSET)

        authority_id = d.pop("authority_id", UNSET)

        scope_note = d.pop("scope_note", UNSET)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        _external_documents = d.pop("external_documents", UNSET)
        external_documents: list[ExternalDocument] | Unset = UNSET
        if _external_documents is not UNSET:
            external_documents = []
            for external_documents_item_data in _external_documents:
                external_documents_item = ExternalDocument.from_dict(
                    external_documents_item_data
                )

                external_documents.append(external_documents_item)

        _metadata_rights_declarations = d.pop("metadata_rights_declarations", UNSET)
        metadata_rights_declarations: list[MetadataRightsDeclaration] | Unset = UNSET
        if _metadata_rights_declarations is not UNSET:
            metadata_rights_declarations = []
            for metadata_rights_declarations_item_data in _metadata_rights_declarations:
                metadata_rights_declarations_item = MetadataRightsDeclaration.from_dict(
                    metadata_rights_declarations_item_data
                )

                metadata_rights_declarations.append(metadata_rights_declarations_item)

        slug = d.pop("slug", UNSET)

        is_slug_auto = d.pop("is_slug_auto", UNSET)

        publish = d.pop("publish", UNSET)

        is_linked_to_published_record = d.pop("is_linked_to_published_record", UNSET)

        used_within_repositories = cast(
            "list[str]", d.pop("used_within_repositories", UNSET)
        )

        used_within_published_repositories = cast(
            "list[str]", d.pop("used_within_published_repositories", UNSET)
        )

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
            terms=terms,
            source=source,
            vocabulary=vocabulary,
            uri=uri,
            title=title,
            authority_id=authority_id,
            scope_note=scope_note,
            external_ids=external_ids,
            external_documents=external_documents,
            metadata_rights_declarations=metadata_rights_declarations,
            slug=slug,
            is_slug_auto=is_slug_auto,
            publish=publish,
            is_linked_to_published_record=is_linked_to_published_record,
            used_within_repositories=used_within_repositories,
            used_within_published_repositories=used_within_published_repositories,
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

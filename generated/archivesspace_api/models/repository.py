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
    from ..models.agent_corporate_entity import AgentCorporateEntity
    from ..models.ref import Ref


@_attrs_define(slots=False, repr=False)
class Repository(_r.Record):
    """A repository: an institution or department holding collections. Its URI (`/repositories/2`) prefixes the URIs of
    every record it holds. The system's own global repository (`_archivesspace`) is never listed.

        Attributes:
            repo_code (str): A short unique code for the repository.
            name (str): The repository's full name. Default: ''.
            jsonmodel_type (Literal['repository']):  Default: 'repository'.
            uri (str): The repository's URI.
            org_code (str | Unset): The organisation's MARC code (agency code), used in exports.
            country (str | Unset): The country, an ISO 3166-1 alpha-2 code (enumeration `country_iso_3166`).
            parent_institution_name (str | Unset): The institution the repository belongs to.
            description (str | Unset): A description of the repository.
            url (str | Unset): The repository's home page, an http(s) URL.
            image_url (str | Unset): An image (logo) of the repository, an http(s) URL.
            contact_persons (str | Unset): Who to contact, as free text.
            publish (bool | Unset): Whether the repository shows in the public interface.
            position (int | Unset): The repository's place in the ordered list of repositories (set with the position
                route).
            display_string (str | Unset): The repository's name as displayed.
            oai_is_disabled (bool | Unset): Leave this repository out of the OAI-PMH feed.
            oai_sets_available (str | Unset): The JSON text of the list of OAI-PMH set ids offered for this repository.
            slug (str | Unset): The human-readable URL segment of the repository in the public interface.
            is_slug_auto (bool | Unset): Whether the slug is generated from the name. Default: True.
            ark_shoulder (str | Unset): The ARK shoulder used when minting ARKs for this repository's records.
            agent_representation (Ref[AgentCorporateEntity] | Unset): A link to another record by URI. With `resolve[]`
                naming the property that holds it, the server adds the linked record as `_resolved`.
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    repo_code: str
    name: str = ""
    jsonmodel_type: Literal["repository"] = "repository"
    uri: str = _r.NOT_YET_SENT
    org_code: str | Unset = UNSET
    country: str | Unset = UNSET
    parent_institution_name: str | Unset = UNSET
    description: str | Unset = UNSET
    url: str | Unset = UNSET
    image_url: str | Unset = UNSET
    contact_persons: str | Unset = UNSET
    publish: bool | Unset = UNSET
    position: int | Unset = UNSET
    display_string: str | Unset = UNSET
    oai_is_disabled: bool | Unset = UNSET
    oai_sets_available: str | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    ark_shoulder: str | Unset = UNSET
    agent_representation: Ref[AgentCorporateEntity] | Unset = UNSET
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
    Repository,
    _r.Field("repo_code", "repo_code", _r.STR, True),
    _r.Field("name", "name", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("repository"), True),
    _r.Field("uri", "uri", _r.STR),
    _r.Field("org_code", "org_code", _r.STR),
    _r.Field("country", "country", _r.STR),
    _r.Field("parent_institution_name", "parent_institution_name", _r.STR),
    _r.Field("description", "description", _r.STR),
    _r.Field("url", "url", _r.STR),
    _r.Field("image_url", "image_url", _r.STR),
    _r.Field("contact_persons", "contact_persons", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("position", "position", _r.INT),
    _r.Field("display_string", "display_string", _r.STR),
    _r.Field("oai_is_disabled", "oai_is_disabled", _r.BOOL),
    _r.Field("oai_sets_available", "oai_sets_available", _r.STR),
    _r.Field("slug", "slug", _r.STR),
    _r.Field("is_slug_auto", "is_slug_auto", _r.BOOL),
    _r.Field("ark_shoulder", "ark_shoulder", _r.STR),
    _r.Field("agent_representation", "agent_representation", _r.model("ref", "Ref")),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

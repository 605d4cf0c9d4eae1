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


T = TypeVar("T", bound="Repository")


@_attrs_define
class Repository:
    """A repository: an institution or department holding collections. Its URI (`/repositories/2`) prefixes the URIs of
    every record it holds. The system's own global repository (`_archivesspace`) is never listed.

        Attributes:
            repo_code (str): A short unique code for the repository.
            name (str): The repository's full name. Default: ''.
            jsonmodel_type (Literal['repository']):  Default: 'repository'.
            uri (str | Unset): The repository's URI.
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
            agent_representation (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
            lock_version (int | str | Unset): Pass back the value read when you update the record.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last edited the record.
            system_mtime (datetime.datetime | Unset): When the record last changed in any way.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    repo_code: str
    name: str = ""
    jsonmodel_type: Literal["repository"] = "repository"
    uri: str | Unset = UNSET
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
    agent_representation: Ref | Unset = UNSET
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
        repo_code = self.repo_code

        name = self.name

        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        org_code = self.org_code

        country = self.country

        parent_institution_name = self.parent_institution_name

        description = self.description

        url = self.url

        image_url = self.image_url

        contact_persons = self.contact_persons

        publish = self.publish

        position = self.position

        display_string = self.display_string

        oai_is_disabled = self.oai_is_disabled

        oai_sets_available = self.oai_sets_available

        slug = self.slug

        is_slug_auto = self.is_slug_auto

        ark_shoulder = self.ark_shoulder

        agent_representation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agent_representation, Unset):
            agent_representation = self.agent_representation.to_dict()

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
                "repo_code": repo_code,
                "name": name,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if org_code is not UNSET:
            field_dict["org_code"] = org_code
        if country is not UNSET:
            field_dict["country"] = country
        if parent_institution_name is not UNSET:
            field_dict["parent_institution_name"] = parent_institution_name
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if contact_persons is not UNSET:
            field_dict["contact_persons"] = contact_persons
        if publish is not UNSET:
            field_dict["publish"] = publish
        if position is not UNSET:
            field_dict["position"] = position
        if display_string is not UNSET:
            field_dict["display_string"] = display_string
        if oai_is_disabled is not UNSET:
            field_dict["oai_is_disabled"] = oai_is_disabled
        if oai_sets_available is not UNSET:
            field_dict["oai_sets_available"] = oai_sets_available
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_slug_auto is not UNSET:
            field_dict["is_slug_auto"] = is_slug_auto
        if ark_shoulder is not UNSET:
            field_dict["ark_shoulder"] = ark_shoulder
        if agent_representation is not UNSET:
            field_dict["agent_representation"] = agent_representation
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
        repo_code = d.pop("repo_code")

        name = d.pop("name")

        jsonmodel_type = cast("Literal['repository']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "repository":
            raise ValueError(
                f"jsonmodel_type must match const 'repository', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        org_code = d.pop("org_code", UNSET)

        country = d.pop("country", UNSET)

        parent_institution_name = d.pop("parent_institution_name", UNSET)

        description = d.pop("description", UNSET)

        url = d.pop("url", UNSET)

        image_url = d.pop("image_url", UNSET)

        contact_persons = d.pop("contact_persons", UNSET)

        publish = d.pop("publish", UNSET)

        position = d.pop("position", UNSET)

        display_string = d.pop("display_string", UNSET)

        oai_is_disabled = d.pop("oai_is_disabled", UNSET)

        oai_sets_available = d.pop("oai_sets_available", UNSET)

        slug = d.pop("slug", UNSET)

        is_slug_auto = d.pop("is_slug_auto", UNSET)

        ark_shoulder = d.pop("ark_shoulder", UNSET)

        _agent_representation = d.pop("agent_representation", UNSET)
        agent_representation: Ref | Unset
        if isinstance(_agent_representation, Unset):
            agent_representation = UNSET
        else:
            agent_representation = Ref.from_dict(_agent_representation)

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
            repo_code=repo_code,
            name=name,
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            org_code=org_code,
            country=country,
            parent_institution_name=parent_institution_name,
            description=description,
            url=url,
            image_url=image_url,
            contact_persons=contact_persons,
            publish=publish,
            position=position,
            display_string=display_string,
            oai_is_disabled=oai_is_disabled,
            oai_sets_available=oai_sets_available,
            slug=slug,
            is_slug_auto=is_slug_auto,
            ark_shoulder=ark_shoulder,
            agent_representation=agent_representation,
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

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
class OaiConfig(_r.Record):
    """How the server's OAI-PMH provider describes itself and groups records into sets. There is exactly one such record;
    `GET /oai_config` answers it (in a list) and `POST /oai_config` changes it.

        Attributes:
            oai_record_prefix (str): The prefix of every OAI record identifier.
            oai_admin_email (str): The administrator's e-mail address, answered by `verb=Identify`.
            oai_repository_name (str): The provider's name, answered by `verb=Identify`.
            jsonmodel_type (Literal['oai_config']):  Default: 'oai_config'.
            repo_set_codes (str | Unset): The repository codes that make up the repository set, as JSON text (a list of
                codes).
            sponsor_set_names (str | Unset): The sponsor names that make up the sponsor set, as JSON text (a list of names).
            repo_set_description (str | Unset): The description of the repository set.
            sponsor_set_description (str | Unset): The description of the sponsor set.
            repo_set_name (str | Unset): The name (setSpec) of the repository set.
            sponsor_set_name (str | Unset): The name (setSpec) of the sponsor set.
            lock_version (int | str | Unset): The optimistic lock version; send back the one you fetched.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the database row last changed.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    oai_record_prefix: str
    oai_admin_email: str
    oai_repository_name: str
    jsonmodel_type: Literal["oai_config"] = "oai_config"
    repo_set_codes: str | Unset = UNSET
    sponsor_set_names: str | Unset = UNSET
    repo_set_description: str | Unset = UNSET
    sponsor_set_description: str | Unset = UNSET
    repo_set_name: str | Unset = UNSET
    sponsor_set_name: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    OaiConfig,
    _r.Field("oai_record_prefix", "oai_record_prefix", _r.STR, True),
    _r.Field("oai_admin_email", "oai_admin_email", _r.STR, True),
    _r.Field("oai_repository_name", "oai_repository_name", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("oai_config"), True),
    _r.Field("repo_set_codes", "repo_set_codes", _r.STR),
    _r.Field("sponsor_set_names", "sponsor_set_names", _r.STR),
    _r.Field("repo_set_description", "repo_set_description", _r.STR),
    _r.Field("sponsor_set_description", "sponsor_set_description", _r.STR),
    _r.Field("repo_set_name", "repo_set_name", _r.STR),
    _r.Field("sponsor_set_name", "sponsor_set_name", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

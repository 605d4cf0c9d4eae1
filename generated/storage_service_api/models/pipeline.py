from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class Pipeline(_r.Record):
    """An Archivematica pipeline registered with the Storage Service.

    Attributes:
        uuid (UUID): The pipeline's (dashboard's) UUID.
        resource_uri (str): The pipeline's URI.
        description (None | str | Unset): A human-readable description of the pipeline.
        remote_name (None | str | Unset): The dashboard's base URL or IP address, used to call its API.
        api_username (None | str | Unset): The user the Storage Service calls the dashboard as. Accepted on create; a
            GET never returns it (the create answer echoes the request, so it comes back there).
        api_key (None | str | Unset): That user's API key. Accepted on create; a GET never returns it, but the create
            answer echoes it.
        create_default_locations (bool | Unset): On create, also create the pipeline's default locations. Never
            returned.
        shared_path (str | Unset): On create, the pipeline's shared directory, used for the default locations. Never
            returned.
    """

    uuid: UUID
    resource_uri: str
    description: None | str | Unset = UNSET
    remote_name: None | str | Unset = UNSET
    api_username: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    create_default_locations: bool | Unset = UNSET
    shared_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Pipeline,
    _r.Field("uuid", "uuid", _r.UUID, True),
    _r.Field("resource_uri", "resource_uri", _r.STR, True),
    _r.Field("description", "description", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("remote_name", "remote_name", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("api_username", "api_username", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("api_key", "api_key", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("create_default_locations", "create_default_locations", _r.BOOL),
    _r.Field("shared_path", "shared_path", _r.STR),
    extra=_r.ANY,
)

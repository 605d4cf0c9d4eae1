from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class PipelineCreate(_r.Record):
    """The JSON body of `create_pipeline`.

    Attributes:
        uuid (UUID): The dashboard's UUID.
        description (str | Unset): A human-readable description.
        remote_name (str | Unset): The dashboard's base URL or IP; when missing the server records the caller's IP
            address.
        api_username (str | Unset): The dashboard user the Storage Service calls the dashboard as.
        api_key (str | Unset): That user's API key.
        create_default_locations (bool | Unset): Also create the pipeline's default locations. Default: False.
        shared_path (str | Unset): The pipeline's shared directory, for `create_default_locations`.
    """

    uuid: UUID
    description: str | Unset = UNSET
    remote_name: str | Unset = UNSET
    api_username: str | Unset = UNSET
    api_key: str | Unset = UNSET
    create_default_locations: bool | Unset = False
    shared_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PipelineCreate,
    _r.Field("uuid", "uuid", _r.UUID, True),
    _r.Field("description", "description", _r.STR),
    _r.Field("remote_name", "remote_name", _r.STR),
    _r.Field("api_username", "api_username", _r.STR),
    _r.Field("api_key", "api_key", _r.STR),
    _r.Field("create_default_locations", "create_default_locations", _r.BOOL),
    _r.Field("shared_path", "shared_path", _r.STR),
    extra=_r.ANY,
)

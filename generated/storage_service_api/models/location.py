from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.location_purpose import LocationPurpose
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class Location(_r.Record):
    """A location inside a space.

    Attributes:
        uuid (UUID): The location's UUID.
        purpose (LocationPurpose): What a location is for - AR AIP recovery, AS AIP storage, CP currently processing, DS
            DIP storage, SD SWORD deposit, SS the Storage Service's internal processing, BL transfer backlog, TS transfer
            source, RP replicator.
        resource_uri (str): The location's URI.
        description (None | str | Unset): A human-readable description.
        enabled (bool | Unset): Whether the location can be used (only enabled locations are listed).
        path (str | Unset): The location's absolute path (its space's path joined with `relative_path`).
        pipeline (list[str] | Unset): The URIs of the pipelines the location is attached to.
        quota (int | None | Unset): The location's quota in bytes, if set.
        relative_path (str | Unset): The location's path relative to its space's path.
        space (str | Unset): The URI of the location's space.
        used (int | str | Unset): Bytes used: an integer, except on older servers (amclient's recordings, 2016-2018),
            which sent the string `"0"`.
        default (bool | Unset): Only in the answer to `create_location` - echoes the request's `default`.
    """

    uuid: UUID
    purpose: LocationPurpose
    resource_uri: str
    description: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET
    path: str | Unset = UNSET
    pipeline: list[str] | Unset = UNSET
    quota: int | None | Unset = UNSET
    relative_path: str | Unset = UNSET
    space: str | Unset = UNSET
    used: int | str | Unset = UNSET
    default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Location,
    _r.Field("uuid", "uuid", _r.UUID, True),
    _r.Field(
        "purpose",
        "purpose",
        _r.choice("AR", "AS", "BL", "CP", "DS", "RP", "SD", "SS", "TS"),
        True,
    ),
    _r.Field("resource_uri", "resource_uri", _r.STR, True),
    _r.Field("description", "description", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("enabled", "enabled", _r.BOOL),
    _r.Field("path", "path", _r.STR),
    _r.Field("pipeline", "pipeline", _r.ListOf(_r.STR)),
    _r.Field("quota", "quota", _r.one_of(_r.INT, _r.NONE)),
    _r.Field("relative_path", "relative_path", _r.STR),
    _r.Field("space", "space", _r.STR),
    _r.Field("used", "used", _r.one_of(_r.INT, _r.STR)),
    _r.Field("default", "default", _r.BOOL),
    extra=_r.ANY,
)

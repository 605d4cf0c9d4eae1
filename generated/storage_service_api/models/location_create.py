from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.location_purpose import LocationPurpose
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class LocationCreate(_r.Record):
    """The JSON body of `create_location`.

    Attributes:
        space (str): The URI of the space to create the location in.
        purpose (LocationPurpose): What a location is for - AR AIP recovery, AS AIP storage, CP currently processing, DS
            DIP storage, SD SWORD deposit, SS the Storage Service's internal processing, BL transfer backlog, TS transfer
            source, RP replicator.
        relative_path (str): The location's path relative to the space's path.
        pipeline (list[str] | Unset): The URIs of the pipelines to attach the location to.
        description (str | Unset): A human-readable description.
        default (bool | Unset): Make it the default location for its purpose.
        quota (int | Unset): A quota in bytes.
        enabled (bool | Unset): Whether the location can be used. Default: True.
    """

    space: str
    purpose: LocationPurpose
    relative_path: str
    pipeline: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    default: bool | Unset = UNSET
    quota: int | Unset = UNSET
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    LocationCreate,
    _r.Field("space", "space", _r.STR, True),
    _r.Field(
        "purpose",
        "purpose",
        _r.choice("AR", "AS", "BL", "CP", "DS", "RP", "SD", "SS", "TS"),
        True,
    ),
    _r.Field("relative_path", "relative_path", _r.STR, True),
    _r.Field("pipeline", "pipeline", _r.ListOf(_r.STR)),
    _r.Field("description", "description", _r.STR),
    _r.Field("default", "default", _r.BOOL),
    _r.Field("quota", "quota", _r.INT),
    _r.Field("enabled", "enabled", _r.BOOL),
    extra=_r.ANY,
)

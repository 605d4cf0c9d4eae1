from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.package_type import PackageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_create_misc_attributes import PackageCreateMiscAttributes


@_attrs_define(slots=False, repr=False)
class PackageCreate(_r.Record):
    """The JSON body of `create_package` and `create_package_async`. `current_location` may be the default-location form
    `/api/v2/location/default/<PURPOSE>/`.

        Attributes:
            uuid (UUID): The package's UUID.
            package_type (PackageType): The kind of package.
            origin_location (str): The URI of the location the package is moved from (the pipeline's currently processing
                location).
            origin_path (str): The package's path inside `origin_location`.
            current_location (str): The URI of the location to store the package in, or
                `/api/v2/location/default/<PURPOSE>/`.
            current_path (str): The package's path in the destination location (the server may rewrite it).
            size (int | Unset): The package's size in bytes.
            origin_pipeline (str | Unset): The URI of the pipeline storing the package.
            related_package_uuid (UUID | Unset): The UUID of a related package (a DIP's AIP).
            events (list[list[Any]] | Unset): PREMIS events to record with an AIP, each a PREMIS element as nested arrays
                (see `PremisElement`). A compressed AIP needs its `compression` event (the server reads the program and
                algorithm from it for the pointer file); events sent as JSON objects make a 0.23 server answer 500 `Failed to
                extract compression details`, leaving the AIP stored (UPLOADED) without a pointer file.
            agents (list[list[Any]] | Unset): PREMIS agents to record with an AIP, each a PREMIS element as nested arrays.
            aip_subtype (str | Unset): The AIP's subtype (METS `TYPE`), such as `Archival Information Package`.
            misc_attributes (PackageCreateMiscAttributes | Unset): Free-form attributes to store with the package.
    """

    uuid: UUID
    package_type: PackageType
    origin_location: str
    origin_path: str
    current_location: str
    current_path: str
    size: int | Unset = UNSET
    origin_pipeline: str | Unset = UNSET
    related_package_uuid: UUID | Unset = UNSET
    events: list[list[Any]] | Unset = UNSET
    agents: list[list[Any]] | Unset = UNSET
    aip_subtype: str | Unset = UNSET
    misc_attributes: PackageCreateMiscAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PackageCreate,
    _r.Field("uuid", "uuid", _r.UUID, True),
    _r.Field(
        "package_type",
        "package_type",
        _r.choice("AIC", "AIP", "DIP", "SIP", "deposit", "file", "transfer"),
        True,
    ),
    _r.Field("origin_location", "origin_location", _r.STR, True),
    _r.Field("origin_path", "origin_path", _r.STR, True),
    _r.Field("current_location", "current_location", _r.STR, True),
    _r.Field("current_path", "current_path", _r.STR, True),
    _r.Field("size", "size", _r.INT),
    _r.Field("origin_pipeline", "origin_pipeline", _r.STR),
    _r.Field("related_package_uuid", "related_package_uuid", _r.UUID),
    _r.Field("events", "events", _r.ListOf(_r.ListOf(_r.ANY))),
    _r.Field("agents", "agents", _r.ListOf(_r.ListOf(_r.ANY))),
    _r.Field("aip_subtype", "aip_subtype", _r.STR),
    _r.Field(
        "misc_attributes",
        "misc_attributes",
        _r.model("package_create_misc_attributes", "PackageCreateMiscAttributes"),
    ),
    extra=_r.ANY,
)

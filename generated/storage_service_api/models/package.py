from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.package_status import PackageStatus
from ..models.package_type import PackageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_misc_attributes_type_0 import PackageMiscAttributesType0


@_attrs_define(slots=False, repr=False)
class Package(_r.Record):
    """A package (AIP, AIC, DIP, transfer in backlog, SWORD deposit...) known to the Storage Service.

    Attributes:
        uuid (UUID): The package's UUID (the AIP's UUID for an AIP).
        package_type (PackageType): The kind of package.
        status (PackageStatus): Where a package is in its life - PENDING (being stored), STAGING, UPLOADED (stored),
            VERIFIED, FAIL, DEL_REQ (deletion requested), DELETED, FINALIZE (a deposit waiting to be finalized), MOVING
            (being moved to another location), RECOVER_REQ (recovery requested).
        resource_uri (str): The package's URI.
        current_location (str | Unset): The URI of the location the package is in.
        current_path (str | Unset): The package's path inside its location; AIPs sit under their UUID split in quads.
        current_full_path (str | Unset): The package's absolute path (its location's path joined with `current_path`).
        encrypted (bool | Unset): Whether the package is in an encrypted (GPG) space.
        misc_attributes (None | PackageMiscAttributesType0 | Unset): Free-form, often space-specific attributes
            (`reingest_pipeline`, `ready_for_finalization`...). The live schema document calls its type `string`, but the
            server sends a JSON object.
        origin_pipeline (None | str | Unset): The URI of the pipeline that stored the package.
        origin_location (str | Unset): Accepted on create and update (where the package comes from); never returned.
        origin_path (str | Unset): Accepted on create and update (the package's path in `origin_location`); never
            returned.
        related_packages (list[str] | None | Unset): The URIs of related packages (an AIP's DIPs, a DIP's AIP).
        replicas (list[str] | None | Unset): The URIs of the package's replicas.
        replicated_package (None | str | Unset): For a replica, the URI of the package it replicates.
        size (int | Unset): The package's size in bytes.
        stored_date (datetime.datetime | None | Unset): When the package was stored, in the server's time zone without
            an offset.
    """

    uuid: UUID
    package_type: PackageType
    status: PackageStatus
    resource_uri: str
    current_location: str | Unset = UNSET
    current_path: str | Unset = UNSET
    current_full_path: str | Unset = UNSET
    encrypted: bool | Unset = UNSET
    misc_attributes: None | PackageMiscAttributesType0 | Unset = UNSET
    origin_pipeline: None | str | Unset = UNSET
    origin_location: str | Unset = UNSET
    origin_path: str | Unset = UNSET
    related_packages: list[str] | None | Unset = UNSET
    replicas: list[str] | None | Unset = UNSET
    replicated_package: None | str | Unset = UNSET
    size: int | Unset = UNSET
    stored_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    Package,
    _r.Field("uuid", "uuid", _r.UUID, True),
    _r.Field(
        "package_type",
        "package_type",
        _r.choice("AIC", "AIP", "DIP", "SIP", "deposit", "file", "transfer"),
        True,
    ),
    _r.Field(
        "status",
        "status",
        _r.choice(
            "DELETED",
            "DEL_REQ",
            "FAIL",
            "FINALIZE",
            "MOVING",
            "PENDING",
            "RECOVER_REQ",
            "STAGING",
            "UPLOADED",
            "VERIFIED",
        ),
        True,
    ),
    _r.Field("resource_uri", "resource_uri", _r.STR, True),
    _r.Field("current_location", "current_location", _r.STR),
    _r.Field("current_path", "current_path", _r.STR),
    _r.Field("current_full_path", "current_full_path", _r.STR),
    _r.Field("encrypted", "encrypted", _r.BOOL),
    _r.Field(
        "misc_attributes",
        "misc_attributes",
        _r.one_of(
            _r.model("package_misc_attributes_type_0", "PackageMiscAttributesType0"),
            _r.NONE,
        ),
    ),
    _r.Field("origin_pipeline", "origin_pipeline", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("origin_location", "origin_location", _r.STR),
    _r.Field("origin_path", "origin_path", _r.STR),
    _r.Field(
        "related_packages", "related_packages", _r.one_of(_r.ListOf(_r.STR), _r.NONE)
    ),
    _r.Field("replicas", "replicas", _r.one_of(_r.ListOf(_r.STR), _r.NONE)),
    _r.Field("replicated_package", "replicated_package", _r.one_of(_r.STR, _r.NONE)),
    _r.Field("size", "size", _r.INT),
    _r.Field("stored_date", "stored_date", _r.one_of(_r.DATETIME, _r.NONE)),
    extra=_r.ANY,
)

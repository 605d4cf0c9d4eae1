from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..models.package_status import PackageStatus
from ..models.package_type import PackageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_update_misc_attributes import PackageUpdateMiscAttributes


@_attrs_define(slots=False, repr=False)
class PackageUpdate(_r.Record):
    """The JSON body of `update_package`: the package's `uuid` (required by the server), any writable package field, plus
    the reingest fields. Plain fields left out keep their values; `related_packages` left out is emptied.

        Attributes:
            uuid (UUID): The package's UUID, repeated from the URL (a 0.23 server answers 500 `'uuid'` without it).
            current_location (str | Unset): The URI of the location the package goes to.
            current_path (str | Unset): The package's new path in `current_location`.
            package_type (PackageType | Unset): The kind of package.
            status (PackageStatus | Unset): Where a package is in its life - PENDING (being stored), STAGING, UPLOADED
                (stored), VERIFIED, FAIL, DEL_REQ (deletion requested), DELETED, FINALIZE (a deposit waiting to be finalized),
                MOVING (being moved to another location), RECOVER_REQ (recovery requested).
            size (int | Unset): The package's size in bytes.
            misc_attributes (PackageUpdateMiscAttributes | Unset): Free-form attributes (replaces the stored ones).
            origin_pipeline (str | Unset): The URI of the pipeline.
            related_packages (list[str] | Unset): The URIs of related packages. The PUT replaces the list: leaving it out
                empties it, so send the package's current `related_packages` to keep them.
            origin_location (str | Unset): The URI of the location the (reingested) package is copied from.
            origin_path (str | Unset): The package's path inside `origin_location`.
            reingest (Any | Unset): Present (any value) to finish an AIP reingest - with `origin_location`/`origin_path` and
                `current_location`/`current_path` the server replaces the stored AIP with the reingested one.
            events (list[list[Any]] | Unset): PREMIS events of the reingest, as nested arrays (see `PremisElement`).
            agents (list[list[Any]] | Unset): PREMIS agents of the reingest, as nested arrays.
            aip_subtype (str | Unset): The AIP's subtype.
    """

    uuid: UUID
    current_location: str | Unset = UNSET
    current_path: str | Unset = UNSET
    package_type: PackageType | Unset = UNSET
    status: PackageStatus | Unset = UNSET
    size: int | Unset = UNSET
    misc_attributes: PackageUpdateMiscAttributes | Unset = UNSET
    origin_pipeline: str | Unset = UNSET
    related_packages: list[str] | Unset = UNSET
    origin_location: str | Unset = UNSET
    origin_path: str | Unset = UNSET
    reingest: Any | Unset = UNSET
    events: list[list[Any]] | Unset = UNSET
    agents: list[list[Any]] | Unset = UNSET
    aip_subtype: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PackageUpdate,
    _r.Field("uuid", "uuid", _r.UUID, True),
    _r.Field("current_location", "current_location", _r.STR),
    _r.Field("current_path", "current_path", _r.STR),
    _r.Field(
        "package_type",
        "package_type",
        _r.choice("AIC", "AIP", "DIP", "SIP", "deposit", "file", "transfer"),
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
    ),
    _r.Field("size", "size", _r.INT),
    _r.Field(
        "misc_attributes",
        "misc_attributes",
        _r.model("package_update_misc_attributes", "PackageUpdateMiscAttributes"),
    ),
    _r.Field("origin_pipeline", "origin_pipeline", _r.STR),
    _r.Field("related_packages", "related_packages", _r.ListOf(_r.STR)),
    _r.Field("origin_location", "origin_location", _r.STR),
    _r.Field("origin_path", "origin_path", _r.STR),
    _r.Field("reingest", "reingest", _r.ANY),
    _r.Field("events", "events", _r.ListOf(_r.ListOf(_r.ANY))),
    _r.Field("agents", "agents", _r.ListOf(_r.ListOf(_r.ANY))),
    _r.Field("aip_subtype", "aip_subtype", _r.STR),
    extra=_r.ANY,
)

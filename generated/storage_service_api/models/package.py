from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_status import PackageStatus, check_package_status
from ..models.package_type import PackageType, check_package_type
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.package_misc_attributes_type_0 import PackageMiscAttributesType0

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.package_misc_attributes_type_0 import PackageMiscAttributesType0  # noqa: PLC0415

    globals().update(
        {
            "PackageMiscAttributesType0": PackageMiscAttributesType0,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
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

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        uuid = str(self.uuid)

        package_type: str = self.package_type

        status: str = self.status

        resource_uri = self.resource_uri

        current_location = self.current_location

        current_path = self.current_path

        current_full_path = self.current_full_path

        encrypted = self.encrypted

        misc_attributes: dict[str, Any] | None | Unset
        if isinstance(self.misc_attributes, Unset):
            misc_attributes = UNSET
        elif isinstance(self.misc_attributes, PackageMiscAttributesType0):
            misc_attributes = self.misc_attributes.to_dict()
        else:
            misc_attributes = self.misc_attributes

        origin_pipeline: None | str | Unset
        if isinstance(self.origin_pipeline, Unset):
            origin_pipeline = UNSET
        else:
            origin_pipeline = self.origin_pipeline

        origin_location = self.origin_location

        origin_path = self.origin_path

        related_packages: list[str] | None | Unset
        if isinstance(self.related_packages, Unset):
            related_packages = UNSET
        elif isinstance(self.related_packages, list):
            related_packages = self.related_packages

        else:
            related_packages = self.related_packages

        replicas: list[str] | None | Unset
        if isinstance(self.replicas, Unset):
            replicas = UNSET
        elif isinstance(self.replicas, list):
            replicas = self.replicas

        else:
            replicas = self.replicas

        replicated_package: None | str | Unset
        if isinstance(self.replicated_package, Unset):
            replicated_package = UNSET
        else:
            replicated_package = self.replicated_package

        size = self.size

        stored_date: None | str | Unset
        if isinstance(self.stored_date, Unset):
            stored_date = UNSET
        elif isinstance(self.stored_date, datetime.datetime):
            stored_date = self.stored_date.isoformat()
        else:
            stored_date = self.stored_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "package_type": package_type,
                "status": status,
                "resource_uri": resource_uri,
            }
        )
        if current_location is not UNSET:
            field_dict["current_location"] = current_location
        if current_path is not UNSET:
            field_dict["current_path"] = current_path
        if current_full_path is not UNSET:
            field_dict["current_full_path"] = current_full_path
        if encrypted is not UNSET:
            field_dict["encrypted"] = encrypted
        if misc_attributes is not UNSET:
            field_dict["misc_attributes"] = misc_attributes
        if origin_pipeline is not UNSET:
            field_dict["origin_pipeline"] = origin_pipeline
        if origin_location is not UNSET:
            field_dict["origin_location"] = origin_location
        if origin_path is not UNSET:
            field_dict["origin_path"] = origin_path
        if related_packages is not UNSET:
            field_dict["related_packages"] = related_packages
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if replicated_package is not UNSET:
            field_dict["replicated_package"] = replicated_package
        if size is not UNSET:
            field_dict["size"] = size
        if stored_date is not UNSET:
            field_dict["stored_date"] = stored_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        package_type = check_package_type(d.pop("package_type"))

        status = check_package_status(d.pop("status"))

        resource_uri = d.pop("resource_uri")

        current_location = d.pop("current_location", UNSET)

        current_path = d.pop("current_path", UNSET)

        current_full_path = d.pop("current_full_path", UNSET)

        encrypted = d.pop("encrypted", UNSET)

        def _parse_misc_attributes(
            data: object,
        ) -> None | PackageMiscAttributesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                misc_attributes_type_0 = PackageMiscAttributesType0.from_dict(data)

                return misc_attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PackageMiscAttributesType0 | Unset", data)

        misc_attributes = _parse_misc_attributes(d.pop("misc_attributes", UNSET))

        def _parse_origin_pipeline(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        origin_pipeline = _parse_origin_pipeline(d.pop("origin_pipeline", UNSET))

        origin_location = d.pop("origin_location", UNSET)

        origin_path = d.pop("origin_path", UNSET)

        def _parse_related_packages(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                related_packages_type_0 = cast("list[str]", data)

                return related_packages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        related_packages = _parse_related_packages(d.pop("related_packages", UNSET))

        def _parse_replicas(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                replicas_type_0 = cast("list[str]", data)

                return replicas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        replicas = _parse_replicas(d.pop("replicas", UNSET))

        def _parse_replicated_package(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        replicated_package = _parse_replicated_package(
            d.pop("replicated_package", UNSET)
        )

        size = d.pop("size", UNSET)

        def _parse_stored_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stored_date_type_0 = parse_datetime(data)

                return stored_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        stored_date = _parse_stored_date(d.pop("stored_date", UNSET))

        _obj = cls(
            uuid=uuid,
            package_type=package_type,
            status=status,
            resource_uri=resource_uri,
            current_location=current_location,
            current_path=current_path,
            current_full_path=current_full_path,
            encrypted=encrypted,
            misc_attributes=misc_attributes,
            origin_pipeline=origin_pipeline,
            origin_location=origin_location,
            origin_path=origin_path,
            related_packages=related_packages,
            replicas=replicas,
            replicated_package=replicated_package,
            size=size,
            stored_date=stored_date,
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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="Space")


@_attrs_define
class Space:
    """A storage space. The fields of its access protocol (an S3 bucket, a Fedora URL...) are added at the top level, so
    other properties appear besides these.

        Attributes:
            uuid (UUID): The space's UUID.
            access_protocol (str): How the space is reached. Known values - FS (local filesystem), NFS, PIPE_FS (pipeline
                local filesystem), S3, SWIFT, GPG (encrypted), DV (Dataverse), FEDORA (via SWORD2), LOCKSS, DSPACE, DSPC_RST
                (DSpace REST), ARKIVUM, DURACLOUD, OFFLINE_REPLICA, RCLONE, ARCHIPELAGO. New releases add protocols.
            resource_uri (str): The space's URI.
            path (str | Unset): The space's absolute path on the Storage Service machine.
            staging_path (str | Unset): An absolute path to a staging area, preferably on the same filesystem as `path`.
            size (int | None | Unset): The space's size in bytes, if set.
            used (int | Unset): Bytes used.
            verified (bool | Unset): Whether the space was verified to be accessible.
            last_verified (datetime.datetime | None | Unset): When the space was last verified, in the server's time zone
                without an offset.
    """

    uuid: UUID
    access_protocol: str
    resource_uri: str
    path: str | Unset = UNSET
    staging_path: str | Unset = UNSET
    size: int | None | Unset = UNSET
    used: int | Unset = UNSET
    verified: bool | Unset = UNSET
    last_verified: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        access_protocol = self.access_protocol

        resource_uri = self.resource_uri

        path = self.path

        staging_path = self.staging_path

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        used = self.used

        verified = self.verified

        last_verified: None | str | Unset
        if isinstance(self.last_verified, Unset):
            last_verified = UNSET
        elif isinstance(self.last_verified, datetime.datetime):
            last_verified = self.last_verified.isoformat()
        else:
            last_verified = self.last_verified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "access_protocol": access_protocol,
                "resource_uri": resource_uri,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if staging_path is not UNSET:
            field_dict["staging_path"] = staging_path
        if size is not UNSET:
            field_dict["size"] = size
        if used is not UNSET:
            field_dict["used"] = used
        if verified is not UNSET:
            field_dict["verified"] = verified
        if last_verified is not UNSET:
            field_dict["last_verified"] = last_verified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        access_protocol = d.pop("access_protocol")

        resource_uri = d.pop("resource_uri")

        path = d.pop("path", UNSET)

        staging_path = d.pop("staging_path", UNSET)

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("int | None | Unset", data)

        size = _parse_size(d.pop("size", UNSET))

        used = d.pop("used", UNSET)

        verified = d.pop("verified", UNSET)

        def _parse_last_verified(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_verified_type_0 = parse_datetime(data)

                return last_verified_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("datetime.datetime | None | Unset", data)

        last_verified = _parse_last_verified(d.pop("last_verified", UNSET))

        _obj = cls(
            uuid=uuid,
            access_protocol=access_protocol,
            resource_uri=resource_uri,
            path=path,
            staging_path=staging_path,
            size=size,
            used=used,
            verified=verified,
            last_verified=last_verified,
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

from __future__ import annotations

import datetime
from typing import Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class Space(_r.Record):
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


_r.bind(
    Space,
    _r.Field("uuid", "uuid", _r.UUID, True),
    _r.Field("access_protocol", "access_protocol", _r.STR, True),
    _r.Field("resource_uri", "resource_uri", _r.STR, True),
    _r.Field("path", "path", _r.STR),
    _r.Field("staging_path", "staging_path", _r.STR),
    _r.Field("size", "size", _r.one_of(_r.INT, _r.NONE)),
    _r.Field("used", "used", _r.INT),
    _r.Field("verified", "verified", _r.BOOL),
    _r.Field("last_verified", "last_verified", _r.one_of(_r.DATETIME, _r.NONE)),
    extra=_r.ANY,
)

from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class SpaceCreate(_r.Record):
    """The JSON body of `create_space`: the common fields plus every field its access protocol needs, at the top level (for
    S3 - `endpoint_url`, `access_key_id`, `secret_access_key`, `region`, `bucket`; for NFS - `remote_name`,
    `remote_path`, `version`, `manually_mounted`...).

        Attributes:
            access_protocol (str): The access protocol (see `Space.access_protocol`).
            path (str | Unset): The space's absolute path.
            staging_path (str | Unset): The space's staging path.
            size (int | Unset): The space's size in bytes.
    """

    access_protocol: str
    path: str | Unset = UNSET
    staging_path: str | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    SpaceCreate,
    _r.Field("access_protocol", "access_protocol", _r.STR, True),
    _r.Field("path", "path", _r.STR),
    _r.Field("staging_path", "staging_path", _r.STR),
    _r.Field("size", "size", _r.INT),
    extra=_r.ANY,
)

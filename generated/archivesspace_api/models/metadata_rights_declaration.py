from __future__ import annotations

import datetime
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class MetadataRightsDeclaration(_r.Record):
    """Under which licence the record's metadata (not the material) may be reused.

    Attributes:
        jsonmodel_type (Literal['metadata_rights_declaration']):  Default: 'metadata_rights_declaration'.
        license (str | Unset): The licence (enumeration `metadata_license`; known values `public_domain`,
            `non_commercial`, `non_commercial_no_derivatives`, `no_derivatives`, `share_a_like`,
            `non_commercial_share_a_like`, `other`).
        descriptive_note (str | Unset): A note about the rights declaration. Default: ''.
        file_uri (str | Unset): A link to the licence text.
        file_version_xlink_actuate_attribute (str | Unset): EAD xlink actuate of the link (enumeration
            `file_version_xlink_actuate_attribute`).
        file_version_xlink_show_attribute (str | Unset): EAD xlink show of the link (enumeration
            `file_version_xlink_show_attribute`).
        xlink_title_attribute (str | Unset):
        xlink_role_attribute (str | Unset):
        xlink_arcrole_attribute (str | Unset):
        last_verified_date (str | Unset): When the declaration was last checked, as an ISO 8601 date-time.
        lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
            holds it, the server adds the linked record as `_resolved`.
    """

    jsonmodel_type: Literal["metadata_rights_declaration"] = (
        "metadata_rights_declaration"
    )
    license: str | Unset = UNSET
    descriptive_note: str | Unset = ""
    file_uri: str | Unset = UNSET
    file_version_xlink_actuate_attribute: str | Unset = UNSET
    file_version_xlink_show_attribute: str | Unset = UNSET
    xlink_title_attribute: str | Unset = UNSET
    xlink_role_attribute: str | Unset = UNSET
    xlink_arcrole_attribute: str | Unset = UNSET
    last_verified_date: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    MetadataRightsDeclaration,
    _r.Field(
        "jsonmodel_type",
        "jsonmodel_type",
        _r.choice("metadata_rights_declaration"),
        True,
    ),
    _r.Field("license", "license", _r.STR),
    _r.Field("descriptive_note", "descriptive_note", _r.STR),
    _r.Field("file_uri", "file_uri", _r.STR),
    _r.Field(
        "file_version_xlink_actuate_attribute",
        "file_version_xlink_actuate_attribute",
        _r.STR,
    ),
    _r.Field(
        "file_version_xlink_show_attribute", "file_version_xlink_show_attribute", _r.STR
    ),
    _r.Field("xlink_title_attribute", "xlink_title_attribute", _r.STR),
    _r.Field("xlink_role_attribute", "xlink_role_attribute", _r.STR),
    _r.Field("xlink_arcrole_attribute", "xlink_arcrole_attribute", _r.STR),
    _r.Field("last_verified_date", "last_verified_date", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

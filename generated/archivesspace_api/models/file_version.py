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
class FileVersion(_r.Record):
    """One file (or URL) of a digital object or digital object component. It appears in archival records only as the read-
    only `representative_file_version`.

        Attributes:
            file_uri (str): Where the file is (a URL or a path).
            jsonmodel_type (Literal['file_version']):  Default: 'file_version'.
            identifier (str | Unset): The server's identifier of the file version.
            publish (bool | Unset): Whether the public interface shows the file.
            use_statement (str | Unset): What the file is for (enumeration `file_version_use_statement`; known values
                include `image-master`, `image-service`, `image-thumbnail`, `audio-master`, `audio-service`, `video-master`,
                `video-service`, `text-ocr-unedited`, `text-data`).
            xlink_actuate_attribute (str | Unset): EAD xlink actuate (enumeration `file_version_xlink_actuate_attribute`;
                known values `onLoad`, `onRequest`, `none`, `other`).
            xlink_show_attribute (str | Unset): EAD xlink show (enumeration `file_version_xlink_show_attribute`; known
                values `new`, `replace`, `embed`, `none`, `other`).
            file_format_name (str | Unset): The file format (enumeration `file_version_file_format_name`; known values
                `aiff`, `avi`, `gif`, `iiif`, `jpeg`, `mp3`, `pdf`, `tiff`, `txt`).
            file_format_version (str | Unset): The version of the file format.
            file_size_bytes (int | Unset): The file's size in bytes.
            is_representative (bool | Unset): Whether this is the file that represents its digital object (at most one per
                object). Default: False.
            checksum (str | Unset): The file's checksum, computed with `checksum_method`.
            checksum_method (str | Unset): The checksum algorithm (enumeration `file_version_checksum_methods`; known values
                `md5`, `sha-1`, `sha-256`, `sha-384`, `sha-512`).
            caption (str | Unset): A caption shown with the file.
            derived_from (str | Unset): The URI of the digital object or digital object component the file belongs to.
            link_uri (str | Unset): The link the public interface uses for the file.
            lock_version (int | str | Unset): Optimistic-lock counter of the subrecord.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    file_uri: str
    jsonmodel_type: Literal["file_version"] = "file_version"
    identifier: str | Unset = UNSET
    publish: bool | Unset = UNSET
    use_statement: str | Unset = UNSET
    xlink_actuate_attribute: str | Unset = UNSET
    xlink_show_attribute: str | Unset = UNSET
    file_format_name: str | Unset = UNSET
    file_format_version: str | Unset = UNSET
    file_size_bytes: int | Unset = UNSET
    is_representative: bool | Unset = False
    checksum: str | Unset = UNSET
    checksum_method: str | Unset = UNSET
    caption: str | Unset = UNSET
    derived_from: str | Unset = UNSET
    link_uri: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FileVersion,
    _r.Field("file_uri", "file_uri", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("file_version"), True),
    _r.Field("identifier", "identifier", _r.STR),
    _r.Field("publish", "publish", _r.BOOL),
    _r.Field("use_statement", "use_statement", _r.STR),
    _r.Field("xlink_actuate_attribute", "xlink_actuate_attribute", _r.STR),
    _r.Field("xlink_show_attribute", "xlink_show_attribute", _r.STR),
    _r.Field("file_format_name", "file_format_name", _r.STR),
    _r.Field("file_format_version", "file_format_version", _r.STR),
    _r.Field("file_size_bytes", "file_size_bytes", _r.INT),
    _r.Field("is_representative", "is_representative", _r.BOOL),
    _r.Field("checksum", "checksum", _r.STR),
    _r.Field("checksum_method", "checksum_method", _r.STR),
    _r.Field("caption", "caption", _r.STR),
    _r.Field("derived_from", "derived_from", _r.STR),
    _r.Field("link_uri", "link_uri", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ref import Ref

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="FileVersion")


@_attrs_define
class FileVersion:
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
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
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
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        file_uri = self.file_uri

        jsonmodel_type = self.jsonmodel_type

        identifier = self.identifier

        publish = self.publish

        use_statement = self.use_statement

        xlink_actuate_attribute = self.xlink_actuate_attribute

        xlink_show_attribute = self.xlink_show_attribute

        file_format_name = self.file_format_name

        file_format_version = self.file_format_version

        file_size_bytes = self.file_size_bytes

        is_representative = self.is_representative

        checksum = self.checksum

        checksum_method = self.checksum_method

        caption = self.caption

        derived_from = self.derived_from

        link_uri = self.link_uri

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_uri": file_uri,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if publish is not UNSET:
            field_dict["publish"] = publish
        if use_statement is not UNSET:
            field_dict["use_statement"] = use_statement
        if xlink_actuate_attribute is not UNSET:
            field_dict["xlink_actuate_attribute"] = xlink_actuate_attribute
        if xlink_show_attribute is not UNSET:
            field_dict["xlink_show_attribute"] = xlink_show_attribute
        if file_format_name is not UNSET:
            field_dict["file_format_name"] = file_format_name
        if file_format_version is not UNSET:
            field_dict["file_format_version"] = file_format_version
        if file_size_bytes is not UNSET:
            field_dict["file_size_bytes"] = file_size_bytes
        if is_representative is not UNSET:
            field_dict["is_representative"] = is_representative
        if checksum is not UNSET:
            field_dict["checksum"] = checksum
        if checksum_method is not UNSET:
            field_dict["checksum_method"] = checksum_method
        if caption is not UNSET:
            field_dict["caption"] = caption
        if derived_from is not UNSET:
            field_dict["derived_from"] = derived_from
        if link_uri is not UNSET:
            field_dict["link_uri"] = link_uri
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        file_uri = d.pop("file_uri")

        jsonmodel_type = cast("Literal['file_version']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "file_version":
            raise ValueError(
                f"jsonmodel_type must match const 'file_version', got '{jsonmodel_type}'"
            )

        identifier = d.pop("identifier", UNSET)

        publish = d.pop("publish", UNSET)

        use_statement = d.pop("use_statement", UNSET)

        xlink_actuate_attribute = d.pop("xlink_actuate_attribute", UNSET)

        xlink_show_attribute = d.pop("xlink_show_attribute", UNSET)

        file_format_name = d.pop("file_format_name", UNSET)

        file_format_version = d.pop("file_format_version", UNSET)

        file_size_bytes = d.pop("file_size_bytes", UNSET)

        is_representative = d.pop("is_representative", UNSET)

        checksum = d.pop("checksum", UNSET)

        checksum_method = d.pop("checksum_method", UNSET)

        caption = d.pop("caption", UNSET)

        derived_from = d.pop("derived_from", UNSET)

        link_uri = d.pop("link_uri", UNSET)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _user_mtime = d.pop("user_mtime", UNSET)
        user_mtime: datetime.datetime | Unset
        if isinstance(_user_mtime, Unset):
            user_mtime = UNSET
        else:
            user_mtime = parse_datetime(_user_mtime)

        _system_mtime = d.pop("system_mtime", UNSET)
        system_mtime: datetime.datetime | Unset
        if isinstance(_system_mtime, Unset):
            system_mtime = UNSET
        else:
            system_mtime = parse_datetime(_system_mtime)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            file_uri=file_uri,
            jsonmodel_type=jsonmodel_type,
            identifier=identifier,
            publish=publish,
            use_statement=use_statement,
            xlink_actuate_attribute=xlink_actuate_attribute,
            xlink_show_attribute=xlink_show_attribute,
            file_format_name=file_format_name,
            file_format_version=file_format_version,
            file_size_bytes=file_size_bytes,
            is_representative=is_representative,
            checksum=checksum,
            checksum_method=checksum_method,
            caption=caption,
            derived_from=derived_from,
            link_uri=link_uri,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
            create_time=create_time,
            repository=repository,
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

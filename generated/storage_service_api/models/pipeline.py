from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Pipeline")


@_attrs_define
class Pipeline:
    """An Archivematica pipeline registered with the Storage Service.

    Attributes:
        uuid (UUID): The pipeline's (dashboard's) UUID.
        resource_uri (str): The pipeline's URI.
        description (None | str | Unset): A human-readable description of the pipeline.
        remote_name (None | str | Unset): The dashboard's base URL or IP address, used to call its API.
        api_username (None | str | Unset): The user the Storage Service calls the dashboard as. Accepted on create; a
            GET never returns it (the create answer echoes the request, so it comes back there).
        api_key (None | str | Unset): That user's API key. Accepted on create; a GET never returns it, but the create
            answer echoes it.
        create_default_locations (bool | Unset): On create, also create the pipeline's default locations. Never
            returned.
        shared_path (str | Unset): On create, the pipeline's shared directory, used for the default locations. Never
            returned.
    """

    uuid: UUID
    resource_uri: str
    description: None | str | Unset = UNSET
    remote_name: None | str | Unset = UNSET
    api_username: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    create_default_locations: bool | Unset = UNSET
    shared_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        resource_uri = self.resource_uri

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        remote_name: None | str | Unset
        if isinstance(self.remote_name, Unset):
            remote_name = UNSET
        else:
            remote_name = self.remote_name

        api_username: None | str | Unset
        if isinstance(self.api_username, Unset):
            api_username = UNSET
        else:
            api_username = self.api_username

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        create_default_locations = self.create_default_locations

        shared_path = self.shared_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "resource_uri": resource_uri,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if remote_name is not UNSET:
            field_dict["remote_name"] = remote_name
        if api_username is not UNSET:
            field_dict["api_username"] = api_username
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if create_default_locations is not UNSET:
            field_dict["create_default_locations"] = create_default_locations
        if shared_path is not UNSET:
            field_dict["shared_path"] = shared_path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        resource_uri = d.pop("resource_uri")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_remote_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        remote_name = _parse_remote_name(d.pop("remote_name", UNSET))

        def _parse_api_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        api_username = _parse_api_username(d.pop("api_username", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        create_default_locations = d.pop("create_default_locations", UNSET)

        shared_path = d.pop("shared_path", UNSET)

        _obj = cls(
            uuid=uuid,
            resource_uri=resource_uri,
            description=description,
            remote_name=remote_name,
            api_username=api_username,
            api_key=api_key,
            create_default_locations=create_default_locations,
            shared_path=shared_path,
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

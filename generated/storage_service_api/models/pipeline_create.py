from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelineCreate")


@_attrs_define
class PipelineCreate:
    """The JSON body of `create_pipeline`.

    Attributes:
        uuid (UUID): The dashboard's UUID.
        description (str | Unset): A human-readable description.
        remote_name (str | Unset): The dashboard's base URL or IP; when missing the server records the caller's IP
            address.
        api_username (str | Unset): The dashboard user the Storage Service calls the dashboard as.
        api_key (str | Unset): That user's API key.
        create_default_locations (bool | Unset): Also create the pipeline's default locations. Default: False.
        shared_path (str | Unset): The pipeline's shared directory, for `create_default_locations`.
    """

    uuid: UUID
    description: str | Unset = UNSET
    remote_name: str | Unset = UNSET
    api_username: str | Unset = UNSET
    api_key: str | Unset = UNSET
    create_default_locations: bool | Unset = False
    shared_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        description = self.description

        remote_name = self.remote_name

        api_username = self.api_username

        api_key = self.api_key

        create_default_locations = self.create_default_locations

        shared_path = self.shared_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
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

        description = d.pop("description", UNSET)

        remote_name = d.pop("remote_name", UNSET)

        api_username = d.pop("api_username", UNSET)

        api_key = d.pop("api_key", UNSET)

        create_default_locations = d.pop("create_default_locations", UNSET)

        shared_path = d.pop("shared_path", UNSET)

        _obj = cls(
            uuid=uuid,
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

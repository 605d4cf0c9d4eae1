from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_link import ResourceLink

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.resource_link import ResourceLink  # noqa: PLC0415

    globals().update(
        {
            "ResourceLink": ResourceLink,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="ApiRoot")


@_attrs_define
class ApiRoot:
    """The API root, mapping each resource's name to its endpoints.

    Attributes:
        async_ (ResourceLink | Unset): Where a resource lives.
        file (ResourceLink | Unset): Where a resource lives.
        location (ResourceLink | Unset): Where a resource lives.
        pipeline (ResourceLink | Unset): Where a resource lives.
        space (ResourceLink | Unset): Where a resource lives.
    """

    async_: ResourceLink | Unset = UNSET
    file: ResourceLink | Unset = UNSET
    location: ResourceLink | Unset = UNSET
    pipeline: ResourceLink | Unset = UNSET
    space: ResourceLink | Unset = UNSET
    additional_properties: dict[str, ResourceLink] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        async_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.async_, Unset):
            async_ = self.async_.to_dict()

        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        pipeline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pipeline, Unset):
            pipeline = self.pipeline.to_dict()

        space: dict[str, Any] | Unset = UNSET
        if not isinstance(self.space, Unset):
            space = self.space.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if async_ is not UNSET:
            field_dict["async"] = async_
        if file is not UNSET:
            field_dict["file"] = file
        if location is not UNSET:
            field_dict["location"] = location
        if pipeline is not UNSET:
            field_dict["pipeline"] = pipeline
        if space is not UNSET:
            field_dict["space"] = space

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _async_ = d.pop("async", UNSET)
        async_: ResourceLink | Unset
        if isinstance(_async_, Unset):
            async_ = UNSET
        else:
            async_ = ResourceLink.from_dict(_async_)

        _file = d.pop("file", UNSET)
        file: ResourceLink | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = ResourceLink.from_dict(_file)

        _location = d.pop("location", UNSET)
        location: ResourceLink | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = ResourceLink.from_dict(_location)

        _pipeline = d.pop("pipeline", UNSET)
        pipeline: ResourceLink | Unset
        if isinstance(_pipeline, Unset):
            pipeline = UNSET
        else:
            pipeline = ResourceLink.from_dict(_pipeline)

        _space = d.pop("space", UNSET)
        space: ResourceLink | Unset
        if isinstance(_space, Unset):
            space = UNSET
        else:
            space = ResourceLink.from_dict(_space)

        _obj = cls(
            async_=async_,
            file=file,
            location=location,
            pipeline=pipeline,
            space=space,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ResourceLink.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _obj.additional_properties = additional_properties
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ResourceLink:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ResourceLink) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

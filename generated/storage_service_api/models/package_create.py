from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_type import PackageType, check_package_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_create_misc_attributes import PackageCreateMiscAttributes

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.package_create_misc_attributes import PackageCreateMiscAttributes  # noqa: PLC0415

    globals().update(
        {
            "PackageCreateMiscAttributes": PackageCreateMiscAttributes,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="PackageCreate")


@_attrs_define
class PackageCreate:
    """The JSON body of `create_package` and `create_package_async`. `current_location` may be the default-location form
    `/api/v2/location/default/<PURPOSE>/`.

        Attributes:
            uuid (UUID): The package's UUID.
            package_type (PackageType): The kind of package.
            origin_location (str): The URI of the location the package is moved from (the pipeline's currently processing
                location).
            origin_path (str): The package's path inside `origin_location`.
            current_location (str): The URI of the location to store the package in, or
                `/api/v2/location/default/<PURPOSE>/`.
            current_path (str): The package's path in the destination location (the server may rewrite it).
            size (int | Unset): The package's size in bytes.
            origin_pipeline (str | Unset): The URI of the pipeline storing the package.
            related_package_uuid (UUID | Unset): The UUID of a related package (a DIP's AIP).
            events (list[list[Any]] | Unset): PREMIS events to record with an AIP, each a PREMIS element as nested arrays
                (see `PremisElement`). A compressed AIP needs its `compression` event (the server reads the program and
                algorithm from it for the pointer file); events sent as JSON objects make a 0.23 server answer 500 `Failed to
                extract compression details`, leaving the AIP stored (UPLOADED) without a pointer file.
            agents (list[list[Any]] | Unset): PREMIS agents to record with an AIP, each a PREMIS element as nested arrays.
            aip_subtype (str | Unset): The AIP's subtype (METS `TYPE`), such as `Archival Information Package`.
            misc_attributes (PackageCreateMiscAttributes | Unset): Free-form attributes to store with the package.
    """

    uuid: UUID
    package_type: PackageType
    origin_location: str
    origin_path: str
    current_location: str
    current_path: str
    size: int | Unset = UNSET
    origin_pipeline: str | Unset = UNSET
    related_package_uuid: UUID | Unset = UNSET
    events: list[list[Any]] | Unset = UNSET
    agents: list[list[Any]] | Unset = UNSET
    aip_subtype: str | Unset = UNSET
    misc_attributes: PackageCreateMiscAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        uuid = str(self.uuid)

        package_type: str = self.package_type

        origin_location = self.origin_location

        origin_path = self.origin_path

        current_location = self.current_location

        current_path = self.current_path

        size = self.size

        origin_pipeline = self.origin_pipeline

        related_package_uuid: str | Unset = UNSET
        if not isinstance(self.related_package_uuid, Unset):
            related_package_uuid = str(self.related_package_uuid)

        events: list[list[Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data

                events.append(events_item)

        agents: list[list[Any]] | Unset = UNSET
        if not isinstance(self.agents, Unset):
            agents = []
            for agents_item_data in self.agents:
                agents_item = agents_item_data

                agents.append(agents_item)

        aip_subtype = self.aip_subtype

        misc_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.misc_attributes, Unset):
            misc_attributes = self.misc_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "package_type": package_type,
                "origin_location": origin_location,
                "origin_path": origin_path,
                "current_location": current_location,
                "current_path": current_path,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if origin_pipeline is not UNSET:
            field_dict["origin_pipeline"] = origin_pipeline
        if related_package_uuid is not UNSET:
            field_dict["related_package_uuid"] = related_package_uuid
        if events is not UNSET:
            field_dict["events"] = events
        if agents is not UNSET:
            field_dict["agents"] = agents
        if aip_subtype is not UNSET:
            field_dict["aip_subtype"] = aip_subtype
        if misc_attributes is not UNSET:
            field_dict["misc_attributes"] = misc_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        package_type = check_package_type(d.pop("package_type"))

        origin_location = d.pop("origin_location")

        origin_path = d.pop("origin_path")

        current_location = d.pop("current_location")

        current_path = d.pop("current_path")

        size = d.pop("size", UNSET)

        origin_pipeline = d.pop("origin_pipeline", UNSET)

        _related_package_uuid = d.pop("related_package_uuid", UNSET)
        related_package_uuid: UUID | Unset
        if isinstance(_related_package_uuid, Unset):
            related_package_uuid = UNSET
        else:
            related_package_uuid = UUID(_related_package_uuid)

        _events = d.pop("events", UNSET)
        events: list[list[Any]] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = cast("list[Any]", events_item_data)

                events.append(events_item)

        _agents = d.pop("agents", UNSET)
        agents: list[list[Any]] | Unset = UNSET
        if _agents is not UNSET:
            agents = []
            for agents_item_data in _agents:
                agents_item = cast("list[Any]", agents_item_data)

                agents.append(agents_item)

        aip_subtype = d.pop("aip_subtype", UNSET)

        _misc_attributes = d.pop("misc_attributes", UNSET)
        misc_attributes: PackageCreateMiscAttributes | Unset
        if isinstance(_misc_attributes, Unset):
            misc_attributes = UNSET
        else:
            misc_attributes = PackageCreateMiscAttributes.from_dict(_misc_attributes)

        _obj = cls(
            uuid=uuid,
            package_type=package_type,
            origin_location=origin_location,
            origin_path=origin_path,
            current_location=current_location,
            current_path=current_path,
            size=size,
            origin_pipeline=origin_pipeline,
            related_package_uuid=related_package_uuid,
            events=events,
            agents=agents,
            aip_subtype=aip_subtype,
            misc_attributes=misc_attributes,
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

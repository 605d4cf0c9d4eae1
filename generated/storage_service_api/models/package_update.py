from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_status import PackageStatus, check_package_status
from ..models.package_type import PackageType, check_package_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.package_update_misc_attributes import PackageUpdateMiscAttributes

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.package_update_misc_attributes import PackageUpdateMiscAttributes  # noqa: PLC0415

    globals().update(
        {
            "PackageUpdateMiscAttributes": PackageUpdateMiscAttributes,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="PackageUpdate")


@_attrs_define
class PackageUpdate:
    """The JSON body of `update_package`: the package's `uuid` (required by the server), any writable package field, plus
    the reingest fields. Plain fields left out keep their values; `related_packages` left out is emptied.

        Attributes:
            uuid (UUID): The package's UUID, repeated from the URL (a 0.23 server answers 500 `'uuid'` without it).
            current_location (str | Unset): The URI of the location the package goes to.
            current_path (str | Unset): The package's new path in `current_location`.
            package_type (PackageType | Unset): The kind of package.
            status (PackageStatus | Unset): Where a package is in its life - PENDING (being stored), STAGING, UPLOADED
                (stored), VERIFIED, FAIL, DEL_REQ (deletion requested), DELETED, FINALIZE (a deposit waiting to be finalized),
                MOVING (being moved to another location), RECOVER_REQ (recovery requested).
            size (int | Unset): The package's size in bytes.
            misc_attributes (PackageUpdateMiscAttributes | Unset): Free-form attributes (replaces the stored ones).
            origin_pipeline (str | Unset): The URI of the pipeline.
            related_packages (list[str] | Unset): The URIs of related packages. The PUT replaces the list: leaving it out
                empties it, so send the package's current `related_packages` to keep them.
            origin_location (str | Unset): The URI of the location the (reingested) package is copied from.
            origin_path (str | Unset): The package's path inside `origin_location`.
            reingest (Any | Unset): Present (any value) to finish an AIP reingest - with `origin_location`/`origin_path` and
                `current_location`/`current_path` the server replaces the stored AIP with the reingested one.
            events (list[list[Any]] | Unset): PREMIS events of the reingest, as nested arrays (see `PremisElement`).
            agents (list[list[Any]] | Unset): PREMIS agents of the reingest, as nested arrays.
            aip_subtype (str | Unset): The AIP's subtype.
    """

    uuid: UUID
    current_location: str | Unset = UNSET
    current_path: str | Unset = UNSET
    package_type: PackageType | Unset = UNSET
    status: PackageStatus | Unset = UNSET
    size: int | Unset = UNSET
    misc_attributes: PackageUpdateMiscAttributes | Unset = UNSET
    origin_pipeline: str | Unset = UNSET
    related_packages: list[str] | Unset = UNSET
    origin_location: str | Unset = UNSET
    origin_path: str | Unset = UNSET
    reingest: Any | Unset = UNSET
    events: list[list[Any]] | Unset = UNSET
    agents: list[list[Any]] | Unset = UNSET
    aip_subtype: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        uuid = str(self.uuid)

        current_location = self.current_location

        current_path = self.current_path

        package_type: str | Unset = UNSET
        if not isinstance(self.package_type, Unset):
            package_type = self.package_type

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        size = self.size

        misc_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.misc_attributes, Unset):
            misc_attributes = self.misc_attributes.to_dict()

        origin_pipeline = self.origin_pipeline

        related_packages: list[str] | Unset = UNSET
        if not isinstance(self.related_packages, Unset):
            related_packages = self.related_packages

        origin_location = self.origin_location

        origin_path = self.origin_path

        reingest = self.reingest

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if current_location is not UNSET:
            field_dict["current_location"] = current_location
        if current_path is not UNSET:
            field_dict["current_path"] = current_path
        if package_type is not UNSET:
            field_dict["package_type"] = package_type
        if status is not UNSET:
            field_dict["status"] = status
        if size is not UNSET:
            field_dict["size"] = size
        if misc_attributes is not UNSET:
            field_dict["misc_attributes"] = misc_attributes
        if origin_pipeline is not UNSET:
            field_dict["origin_pipeline"] = origin_pipeline
        if related_packages is not UNSET:
            field_dict["related_packages"] = related_packages
        if origin_location is not UNSET:
            field_dict["origin_location"] = origin_location
        if origin_path is not UNSET:
            field_dict["origin_path"] = origin_path
        if reingest is not UNSET:
            field_dict["reingest"] = reingest
        if events is not UNSET:
            field_dict["events"] = events
        if agents is not UNSET:
            field_dict["agents"] = agents
        if aip_subtype is not UNSET:
            field_dict["aip_subtype"] = aip_subtype

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        current_location = d.pop("current_location", UNSET)

        current_path = d.pop("current_path", UNSET)

        _package_type = d.pop("package_type", UNSET)
        package_type: PackageType | Unset
        if isinstance(_package_type, Unset):
            package_type = UNSET
        else:
            package_type = check_package_type(_package_type)

        _status = d.pop("status", UNSET)
        status: PackageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_package_status(_status)

        size = d.pop("size", UNSET)

        _misc_attributes = d.pop("misc_attributes", UNSET)
        misc_attributes: PackageUpdateMiscAttributes | Unset
        if isinstance(_misc_attributes, Unset):
            misc_attributes = UNSET
        else:
            misc_attributes = PackageUpdateMiscAttributes.from_dict(_misc_attributes)

        origin_pipeline = d.pop("origin_pipeline", UNSET)

        related_packages = cast("list[str]", d.pop("related_packages", UNSET))

        origin_location = d.pop("origin_location", UNSET)

        origin_path = d.pop("origin_path", UNSET)

        reingest = d.pop("reingest", UNSET)

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

        _obj = cls(
            uuid=uuid,
            current_location=current_location,
            current_path=current_path,
            package_type=package_type,
            status=status,
            size=size,
            misc_attributes=misc_attributes,
            origin_pipeline=origin_pipeline,
            related_packages=related_packages,
            origin_location=origin_location,
            origin_path=origin_path,
            reingest=reingest,
            events=events,
            agents=agents,
            aip_subtype=aip_subtype,
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

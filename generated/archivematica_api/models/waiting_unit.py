from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WaitingUnit")


@_attrs_define
class WaitingUnit:
    """A unit (transfer or SIP) stopped at a decision point.

    Attributes:
        sip_uuid (UUID): The unit's UUID (a transfer's too, despite the name).
        sip_directory (str | Unset): The unit's directory name.
        sip_name (str | Unset): The unit's name.
        microservice (str | Unset): The name of the job waiting for a decision.
    """

    sip_uuid: UUID
    sip_directory: str | Unset = UNSET
    sip_name: str | Unset = UNSET
    microservice: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sip_uuid = str(self.sip_uuid)

        sip_directory = self.sip_directory

        sip_name = self.sip_name

        microservice = self.microservice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sip_uuid": sip_uuid,
            }
        )
        if sip_directory is not UNSET:
            field_dict["sip_directory"] = sip_directory
        if sip_name is not UNSET:
            field_dict["sip_name"] = sip_name
        if microservice is not UNSET:
            field_dict["microservice"] = microservice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sip_uuid = UUID(d.pop("sip_uuid"))

        sip_directory = d.pop("sip_directory", UNSET)

        sip_name = d.pop("sip_name", UNSET)

        microservice = d.pop("microservice", UNSET)

        _obj = cls(
            sip_uuid=sip_uuid,
            sip_directory=sip_directory,
            sip_name=sip_name,
            microservice=microservice,
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

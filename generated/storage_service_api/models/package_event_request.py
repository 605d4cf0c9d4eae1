from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PackageEventRequest")


@_attrs_define
class PackageEventRequest:
    """The JSON body of a deletion or recovery request.

    Attributes:
        event_reason (str): Why the package should be deleted or recovered.
        pipeline (UUID): The UUID (not the URI) of the pipeline asking.
        user_id (int | str): The id of the dashboard user asking.
        user_email (str): That user's email address.
    """

    event_reason: str
    pipeline: UUID
    user_id: int | str
    user_email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_reason = self.event_reason

        pipeline = str(self.pipeline)

        user_id: int | str
        user_id = self.user_id

        user_email = self.user_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_reason": event_reason,
                "pipeline": pipeline,
                "user_id": user_id,
                "user_email": user_email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_reason = d.pop("event_reason")

        pipeline = UUID(d.pop("pipeline"))

        def _parse_user_id(data: object) -> int | str:
            return cast("int | str", data)

        user_id = _parse_user_id(d.pop("user_id"))

        user_email = d.pop("user_email")

        _obj = cls(
            event_reason=event_reason,
            pipeline=pipeline,
            user_id=user_id,
            user_email=user_email,
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

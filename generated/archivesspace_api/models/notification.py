from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.notification_params import NotificationParams

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.notification_params import NotificationParams  # noqa: PLC0415

    globals().update(
        {
            "NotificationParams": NotificationParams,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """One notification of the backend (a repository, an enumeration or a user changed...).

    Attributes:
        sequence (int): The notification's sequence number; pass the last one you saw as `last_sequence`.
        code (str): What happened.
        timestamp (int | Unset): When it was sent, in milliseconds since the epoch.
        params (NotificationParams | Unset): The details the notification carries; they depend on `code`.
    """

    sequence: int
    code: str
    timestamp: int | Unset = UNSET
    params: NotificationParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        sequence = self.sequence

        code = self.code

        timestamp = self.timestamp

        params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sequence": sequence,
                "code": code,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        sequence = d.pop("sequence")

        code = d.pop("code")

        timestamp = d.pop("timestamp", UNSET)

        _params = d.pop("params", UNSET)
        params: NotificationParams | Unset
        if isinstance(_params, Unset):
            params = UNSET
        else:
            params = NotificationParams.from_dict(_params)

        _obj = cls(
            sequence=sequence,
            code=code,
            timestamp=timestamp,
            params=params,
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

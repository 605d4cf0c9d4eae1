from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixity_failures import FixityFailures

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.fixity_failures import FixityFailures  # noqa: PLC0415

    globals().update(
        {
            "FixityFailures": FixityFailures,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="FixityReport")


@_attrs_define
class FixityReport:
    """The result of a fixity check.

    Attributes:
        success (bool | None): Whether the package passed; null when the check could not run.
        message (str):
        failures (FixityFailures | Unset): The files that failed the fixity check.
        timestamp (None | str | Unset): When the space's own check ran, if it reports one.
    """

    success: bool | None
    message: str
    failures: FixityFailures | Unset = UNSET
    timestamp: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        success: bool | None
        success = self.success

        message = self.message

        failures: dict[str, Any] | Unset = UNSET
        if not isinstance(self.failures, Unset):
            failures = self.failures.to_dict()

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
            }
        )
        if failures is not UNSET:
            field_dict["failures"] = failures
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)

        def _parse_success(data: object) -> bool | None:
            if data is None:
                return data
            return cast("bool | None", data)

        success = _parse_success(d.pop("success"))

        message = d.pop("message")

        _failures = d.pop("failures", UNSET)
        failures: FixityFailures | Unset
        if isinstance(_failures, Unset):
            failures = UNSET
        else:
            failures = FixityFailures.from_dict(_failures)

        def _parse_timestamp(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        _obj = cls(
            success=success,
            message=message,
            failures=failures,
            timestamp=timestamp,
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

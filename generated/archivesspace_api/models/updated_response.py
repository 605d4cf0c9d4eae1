from __future__ import annotations

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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.updated_response_warnings_type_0 import UpdatedResponseWarningsType0

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.updated_response_warnings_type_0 import UpdatedResponseWarningsType0  # noqa: PLC0415

    globals().update(
        {
            "UpdatedResponseWarningsType0": UpdatedResponseWarningsType0,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="UpdatedResponse")


@_attrs_define
class UpdatedResponse:
    """What an update answers.

    Attributes:
        status (Literal['Updated']):  Default: 'Updated'.
        id (int):
        lock_version (int | Unset): The record's new lock version.
        stale (bool | None | Unset): Sent as `true` on creates and updates.
        uri (str | Unset):
        warnings (list[str] | Unset | UpdatedResponseWarningsType0): Non-fatal messages by field. Servers send an empty
            list when there are none.
    """

    id: int
    status: Literal["Updated"] = "Updated"
    lock_version: int | Unset = UNSET
    stale: bool | None | Unset = UNSET
    uri: str | Unset = UNSET
    warnings: list[str] | Unset | UpdatedResponseWarningsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        status = self.status

        id = self.id

        lock_version = self.lock_version

        stale: bool | None | Unset
        if isinstance(self.stale, Unset):
            stale = UNSET
        else:
            stale = self.stale

        uri = self.uri

        warnings: dict[str, Any] | list[str] | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, UpdatedResponseWarningsType0):
            warnings = self.warnings.to_dict()
        else:
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "id": id,
            }
        )
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if stale is not UNSET:
            field_dict["stale"] = stale
        if uri is not UNSET:
            field_dict["uri"] = uri
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        status = cast("Literal['Updated']", d.pop("status"))
        if status != "Updated":
            raise ValueError(f"status must match const 'Updated', got '{status}'")

        id = d.pop("id")

        lock_version = d.pop("lock_version", UNSET)

        def _parse_stale(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("bool | None | Unset", data)

        stale = _parse_stale(d.pop("stale", UNSET))

        uri = d.pop("uri", UNSET)

        def _parse_warnings(
            data: object,
        ) -> list[str] | Unset | UpdatedResponseWarningsType0:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                warnings_type_0 = UpdatedResponseWarningsType0.from_dict(data)

                return warnings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            warnings_type_1 = cast("list[str]", data)

            return warnings_type_1

        warnings = _parse_warnings(d.pop("warnings", UNSET))

        _obj = cls(
            status=status,
            id=id,
            lock_version=lock_version,
            stale=stale,
            uri=uri,
            warnings=warnings,
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

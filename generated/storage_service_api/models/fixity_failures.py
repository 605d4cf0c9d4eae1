from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixity_failures_files import FixityFailuresFiles

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.fixity_failures_files import FixityFailuresFiles  # noqa: PLC0415

    globals().update(
        {
            "FixityFailuresFiles": FixityFailuresFiles,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="FixityFailures")


@_attrs_define
class FixityFailures:
    """The files that failed the fixity check.

    Attributes:
        files (FixityFailuresFiles | Unset): The failing files, by kind of failure.
    """

    files: FixityFailuresFiles | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _files = d.pop("files", UNSET)
        files: FixityFailuresFiles | Unset
        if isinstance(_files, Unset):
            files = UNSET
        else:
            files = FixityFailuresFiles.from_dict(_files)

        _obj = cls(
            files=files,
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

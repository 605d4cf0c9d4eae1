from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.package_content_file import PackageContentFile

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.package_content_file import PackageContentFile  # noqa: PLC0415

    globals().update(
        {
            "PackageContentFile": PackageContentFile,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="PackageContents")


@_attrs_define
class PackageContents:
    """What `list_package_contents` answers.

    Attributes:
        success (bool): Always `true`.
        package (UUID): The package's UUID.
        files (list[PackageContentFile]):
    """

    success: bool
    package: UUID
    files: list[PackageContentFile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        success = self.success

        package = str(self.package)

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "package": package,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        success = d.pop("success")

        package = UUID(d.pop("package"))

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = PackageContentFile.from_dict(files_item_data)

            files.append(files_item)

        _obj = cls(
            success=success,
            package=package,
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

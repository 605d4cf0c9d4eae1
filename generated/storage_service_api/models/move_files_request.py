from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_move import FileMove

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.file_move import FileMove  # noqa: PLC0415

    globals().update(
        {
            "FileMove": FileMove,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="MoveFilesRequest")


@_attrs_define
class MoveFilesRequest:
    """The JSON body of `move_location_files` and `move_location_files_async`.

    Attributes:
        origin_location (str): The URI of the location to move from (the server reads the UUID from its fifth segment).
        pipeline (str): The URI of the pipeline both locations belong to.
        files (list[FileMove]): What to move; each entry needs both paths.
    """

    origin_location: str
    pipeline: str
    files: list[FileMove]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        origin_location = self.origin_location

        pipeline = self.pipeline

        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_dict()
            files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "origin_location": origin_location,
                "pipeline": pipeline,
                "files": files,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        origin_location = d.pop("origin_location")

        pipeline = d.pop("pipeline")

        files = []
        _files = d.pop("files")
        for files_item_data in _files:
            files_item = FileMove.from_dict(files_item_data)

            files.append(files_item)

        _obj = cls(
            origin_location=origin_location,
            pipeline=pipeline,
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

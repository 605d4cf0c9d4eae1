from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.async_task import AsyncTask
    from ..models.list_meta import ListMeta

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.async_task import AsyncTask  # noqa: PLC0415
    from ..models.list_meta import ListMeta  # noqa: PLC0415

    globals().update(
        {
            "AsyncTask": AsyncTask,
            "ListMeta": ListMeta,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="AsyncTaskList")


@_attrs_define
class AsyncTaskList:
    """A page of async tasks.

    Attributes:
        meta (ListMeta): The page information of a Tastypie list. `next` and `previous` are relative URLs that repeat
            the request's query string, credentials included when they were sent as `username`/`api_key` parameters.
        objects (list[AsyncTask]):
    """

    meta: ListMeta
    objects: list[AsyncTask]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        meta = self.meta.to_dict()

        objects = []
        for objects_item_data in self.objects:
            objects_item = objects_item_data.to_dict()
            objects.append(objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "objects": objects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        meta = ListMeta.from_dict(d.pop("meta"))

        objects = []
        _objects = d.pop("objects")
        for objects_item_data in _objects:
            objects_item = AsyncTask.from_dict(objects_item_data)

            objects.append(objects_item)

        _obj = cls(
            meta=meta,
            objects=objects,
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

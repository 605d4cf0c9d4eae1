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

if TYPE_CHECKING:
    from ..models.deleted_response import DeletedResponse

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.deleted_response import DeletedResponse  # noqa: PLC0415

    globals().update(
        {
            "DeletedResponse": DeletedResponse,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="BatchDeleteResult")


@_attrs_define
class BatchDeleteResult:
    """What a batch delete answers when every record was deleted.

    Attributes:
        status (Literal['OK']):  Default: 'OK'.
        results (list[DeletedResponse]): One delete answer per record, with the record's URI.
    """

    results: list[DeletedResponse]
    status: Literal["OK"] = "OK"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        status = self.status

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        status = cast("Literal['OK']", d.pop("status"))
        if status != "OK":
            raise ValueError(f"status must match const 'OK', got '{status}'")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = DeletedResponse.from_dict(results_item_data)

            results.append(results_item)

        _obj = cls(
            status=status,
            results=results,
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

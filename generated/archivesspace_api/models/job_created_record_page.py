from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.job_created_record import JobCreatedRecord

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.job_created_record import JobCreatedRecord  # noqa: PLC0415

    globals().update(
        {
            "JobCreatedRecord": JobCreatedRecord,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="JobCreatedRecordPage")


@_attrs_define
class JobCreatedRecordPage:
    """One page of the records a job created or changed, newest first.

    Attributes:
        first_page (int): The first page number (1).
        last_page (int): The last page number.
        this_page (int): The number of this page.
        total (int): How many records match in all.
        results (list[JobCreatedRecord]):
    """

    first_page: int
    last_page: int
    this_page: int
    total: int
    results: list[JobCreatedRecord]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        first_page = self.first_page

        last_page = self.last_page

        this_page = self.this_page

        total = self.total

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_page": first_page,
                "last_page": last_page,
                "this_page": this_page,
                "total": total,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        first_page = d.pop("first_page")

        last_page = d.pop("last_page")

        this_page = d.pop("this_page")

        total = d.pop("total")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = JobCreatedRecord.from_dict(results_item_data)

            results.append(results_item)

        _obj = cls(
            first_page=first_page,
            last_page=last_page,
            this_page=this_page,
            total=total,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.calculated_record import CalculatedRecord
    from ..models.calculated_resource import CalculatedResource

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.calculated_record import CalculatedRecord  # noqa: PLC0415
    from ..models.calculated_resource import CalculatedResource  # noqa: PLC0415

    globals().update(
        {
            "CalculatedRecord": CalculatedRecord,
            "CalculatedResource": CalculatedResource,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="DateCalculation")


@_attrs_define
class DateCalculation:
    """The earliest begin and latest end of the dates in a resource's or archival object's tree (the record and everything
    below it).

        Attributes:
            object_ (CalculatedRecord | Unset): The record a calculation was run on.
            resource (CalculatedResource | None | Unset): The resource at the top of the tree (the record itself for a
                resource).
            label (None | str | Unset): The date label the calculation was limited to, if any.
            min_begin (None | str | Unset): The earliest begin date as recorded (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
            min_begin_date (None | str | Unset): The same date padded to a full `YYYY-MM-DD` (the first day of the period).
            max_end (None | str | Unset): The latest end date as recorded.
            max_end_date (None | str | Unset): The same date padded to a full `YYYY-MM-DD` (the last day of the period).
    """

    object_: CalculatedRecord | Unset = UNSET
    resource: CalculatedResource | None | Unset = UNSET
    label: None | str | Unset = UNSET
    min_begin: None | str | Unset = UNSET
    min_begin_date: None | str | Unset = UNSET
    max_end: None | str | Unset = UNSET
    max_end_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        object_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_, Unset):
            object_ = self.object_.to_dict()

        resource: dict[str, Any] | None | Unset
        if isinstance(self.resource, Unset):
            resource = UNSET
        elif isinstance(self.resource, CalculatedResource):
            resource = self.resource.to_dict()
        else:
            resource = self.resource

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        min_begin: None | str | Unset
        if isinstance(self.min_begin, Unset):
            min_begin = UNSET
        else:
            min_begin = self.min_begin

        min_begin_date: None | str | Unset
        if isinstance(self.min_begin_date, Unset):
            min_begin_date = UNSET
        else:
            min_begin_date = self.min_begin_date

        max_end: None | str | Unset
        if isinstance(self.max_end, Unset):
            max_end = UNSET
        else:
            max_end = self.max_end

        max_end_date: None | str | Unset
        if isinstance(self.max_end_date, Unset):
            max_end_date = UNSET
        else:
            max_end_date = self.max_end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if resource is not UNSET:
            field_dict["resource"] = resource
        if label is not UNSET:
            field_dict["label"] = label
        if min_begin is not UNSET:
            field_dict["min_begin"] = min_begin
        if min_begin_date is not UNSET:
            field_dict["min_begin_date"] = min_begin_date
        if max_end is not UNSET:
            field_dict["max_end"] = max_end
        if max_end_date is not UNSET:
            field_dict["max_end_date"] = max_end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _object_ = d.pop("object", UNSET)
        object_: CalculatedRecord | Unset
        if isinstance(_object_, Unset):
            object_ = UNSET
        else:
            object_ = CalculatedRecord.from_dict(_object_)

        def _parse_resource(data: object) -> CalculatedResource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resource_type_0 = CalculatedResource.from_dict(data)

                return resource_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("CalculatedResource | None | Unset", data)

        resource = _parse_resource(d.pop("resource", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_min_begin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        min_begin = _parse_min_begin(d.pop("min_begin", UNSET))

        def _parse_min_begin_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        min_begin_date = _parse_min_begin_date(d.pop("min_begin_date", UNSET))

        def _parse_max_end(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        max_end = _parse_max_end(d.pop("max_end", UNSET))

        def _parse_max_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast("None | str | Unset", data)

        max_end_date = _parse_max_end_date(d.pop("max_end_date", UNSET))

        _obj = cls(
            object_=object_,
            resource=resource,
            label=label,
            min_begin=min_begin,
            min_begin_date=min_begin_date,
            max_end=max_end,
            max_end_date=max_end_date,
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

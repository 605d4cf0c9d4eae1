from __future__ import annotations

import datetime
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

from ..models.structured_date_label_date_type_structured import (
    StructuredDateLabelDateTypeStructured,
    check_structured_date_label_date_type_structured,
)
from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.structured_date_range import StructuredDateRange
    from ..models.structured_date_single import StructuredDateSingle

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.structured_date_range import StructuredDateRange  # noqa: PLC0415
    from ..models.structured_date_single import StructuredDateSingle  # noqa: PLC0415

    globals().update(
        {
            "Ref": Ref,
            "StructuredDateRange": StructuredDateRange,
            "StructuredDateSingle": StructuredDateSingle,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="StructuredDateLabel")


@_attrs_define
class StructuredDateLabel:
    """A dated fact about an agent (existence, name use, a relationship): a label, and either `structured_date_single`
    (`date_type_structured: single`) or `structured_date_range` (`range`).

        Attributes:
            jsonmodel_type (Literal['structured_date_label']):  Default: 'structured_date_label'.
            date_label (str): What the date is of (enumeration `date_label`; known values `existence`, `usage`,
                `agent_relation`, `creation`, `publication`, `record_keeping`, `event`, `other`, ...).
            date_type_structured (StructuredDateLabelDateTypeStructured): Whether the date is a single date or a range.
            structured_date_single (StructuredDateSingle | Unset): A single date, the beginning or the end of something.
                Give an expression, a standardized date, or both.
            structured_date_range (StructuredDateRange | Unset): A range of dates. Each end may be given as an expression, a
                standardized date, or both.
            date_certainty (str | Unset): How sure the date is (enumeration `date_certainty`; known values `approximate`,
                `inferred`, `questionable`).
            date_era (str | Unset): The era (enumeration `date_era`; known value `ce`).
            date_calendar (str | Unset): The calendar (enumeration `date_calendar`; known value `gregorian`).
            lock_version (int | str | Unset):
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    date_label: str
    date_type_structured: StructuredDateLabelDateTypeStructured
    jsonmodel_type: Literal["structured_date_label"] = "structured_date_label"
    structured_date_single: StructuredDateSingle | Unset = UNSET
    structured_date_range: StructuredDateRange | Unset = UNSET
    date_certainty: str | Unset = UNSET
    date_era: str | Unset = UNSET
    date_calendar: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        jsonmodel_type = self.jsonmodel_type

        date_label = self.date_label

        date_type_structured: str = self.date_type_structured

        structured_date_single: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structured_date_single, Unset):
            structured_date_single = self.structured_date_single.to_dict()

        structured_date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.structured_date_range, Unset):
            structured_date_range = self.structured_date_range.to_dict()

        date_certainty = self.date_certainty

        date_era = self.date_era

        date_calendar = self.date_calendar

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonmodel_type": jsonmodel_type,
                "date_label": date_label,
                "date_type_structured": date_type_structured,
            }
        )
        if structured_date_single is not UNSET:
            field_dict["structured_date_single"] = structured_date_single
        if structured_date_range is not UNSET:
            field_dict["structured_date_range"] = structured_date_range
        if date_certainty is not UNSET:
            field_dict["date_certainty"] = date_certainty
        if date_era is not UNSET:
            field_dict["date_era"] = date_era
        if date_calendar is not UNSET:
            field_dict["date_calendar"] = date_calendar
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        jsonmodel_type = cast(
            "Literal['structured_date_label']", d.pop("jsonmodel_type")
        )
        if jsonmodel_type != "structured_date_label":
            raise ValueError(
                f"jsonmodel_type must match const 'structured_date_label', got '{jsonmodel_type}'"
            )

        date_label = d.pop("date_label")

        date_type_structured = check_structured_date_label_date_type_structured(
            d.pop("date_type_structured")
        )

        _structured_date_single = d.pop("structured_date_single", UNSET)
        structured_date_single: StructuredDateSingle | Unset
        if isinstance(_structured_date_single, Unset):
            structured_date_single = UNSET
        else:
            structured_date_single = StructuredDateSingle.from_dict(
                _structured_date_single
            )

        _structured_date_range = d.pop("structured_date_range", UNSET)
        structured_date_range: StructuredDateRange | Unset
        if isinstance(_structured_date_range, Unset):
            structured_date_range = UNSET
        else:
            structured_date_range = StructuredDateRange.from_dict(
                _structured_date_range
            )

        date_certainty = d.pop("date_certainty", UNSET)

        date_era = d.pop("date_era", UNSET)

        date_calendar = d.pop("date_calendar", UNSET)

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _user_mtime = d.pop("user_mtime", UNSET)
        user_mtime: datetime.datetime | Unset
        if isinstance(_user_mtime, Unset):
            user_mtime = UNSET
        else:
            user_mtime = parse_datetime(_user_mtime)

        _system_mtime = d.pop("system_mtime", UNSET)
        system_mtime: datetime.datetime | Unset
        if isinstance(_system_mtime, Unset):
            system_mtime = UNSET
        else:
            system_mtime = parse_datetime(_system_mtime)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            jsonmodel_type=jsonmodel_type,
            date_label=date_label,
            date_type_structured=date_type_structured,
            structured_date_single=structured_date_single,
            structured_date_range=structured_date_range,
            date_certainty=date_certainty,
            date_era=date_era,
            date_calendar=date_calendar,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
            create_time=create_time,
            repository=repository,
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

from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.job_type_info import JobTypeInfo


@_attrs_define(slots=False, repr=False)
class JobTypes(_r.Record):
    """The job types the server runs, keyed by their `jsonmodel_type` (`import_job`, `report_job`...)."""

    additional_properties: dict[str, JobTypeInfo] = _attrs_field(
        init=False, factory=dict
    )


_r.bind(
    JobTypes,
    extra=_r.model("job_type_info", "JobTypeInfo"),
)

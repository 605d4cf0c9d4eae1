from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.job_created_record import JobCreatedRecord


@_attrs_define(slots=False, repr=False)
class JobCreatedRecordPage(_r.Record):
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


_r.bind(
    JobCreatedRecordPage,
    _r.Field("first_page", "first_page", _r.INT, True),
    _r.Field("last_page", "last_page", _r.INT, True),
    _r.Field("this_page", "this_page", _r.INT, True),
    _r.Field("total", "total", _r.INT, True),
    _r.Field(
        "results",
        "results",
        _r.ListOf(_r.model("job_created_record", "JobCreatedRecord")),
        True,
    ),
    extra=_r.ANY,
)

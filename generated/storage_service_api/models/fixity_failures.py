from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixity_failures_files import FixityFailuresFiles


@_attrs_define(slots=False, repr=False)
class FixityFailures(_r.Record):
    """The files that failed the fixity check.

    Attributes:
        files (FixityFailuresFiles | Unset): The failing files, by kind of failure.
    """

    files: FixityFailuresFiles | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FixityFailures,
    _r.Field(
        "files", "files", _r.model("fixity_failures_files", "FixityFailuresFiles")
    ),
    extra=_r.ANY,
)

from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset


@_attrs_define(slots=False, repr=False)
class FixityFailuresFiles(_r.Record):
    """The failing files, by kind of failure.

    Attributes:
        missing (list[str] | Unset): Files in the manifest but not in the package.
        changed (list[str] | Unset): Files whose checksum changed.
        untracked (list[str] | Unset): Files in the package but not in the manifest.
    """

    missing: list[str] | Unset = UNSET
    changed: list[str] | Unset = UNSET
    untracked: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    FixityFailuresFiles,
    _r.Field("missing", "missing", _r.ListOf(_r.STR)),
    _r.Field("changed", "changed", _r.ListOf(_r.STR)),
    _r.Field("untracked", "untracked", _r.ListOf(_r.STR)),
    extra=_r.ANY,
)

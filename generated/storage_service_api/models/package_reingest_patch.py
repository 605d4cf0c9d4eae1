from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class PackageReingestPatch(_r.Record):
    """The JSON body of `clear_package_reingest`; `reingest` is the only key the server allows.

    Attributes:
        reingest (Any): Any value (the dashboard sends null); its presence clears the reingest marker.
    """

    reingest: Any


_r.bind(
    PackageReingestPatch,
    _r.Field("reingest", "reingest", _r.ANY, True),
    extra=None,
)

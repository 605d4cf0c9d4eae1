from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r

if TYPE_CHECKING:
    from ..models.package_content_file import PackageContentFile


@_attrs_define(slots=False, repr=False)
class PackageContents(_r.Record):
    """What `list_package_contents` answers.

    Attributes:
        success (bool): Always `true`.
        package (UUID): The package's UUID.
        files (list[PackageContentFile]):
    """

    success: bool
    package: UUID
    files: list[PackageContentFile]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    PackageContents,
    _r.Field("success", "success", _r.BOOL, True),
    _r.Field("package", "package", _r.UUID, True),
    _r.Field(
        "files",
        "files",
        _r.ListOf(_r.model("package_content_file", "PackageContentFile")),
        True,
    ),
    extra=_r.ANY,
)

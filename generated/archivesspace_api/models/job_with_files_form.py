from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from .. import types
from ..types import File


@_attrs_define(slots=False, repr=False)
class JobWithFilesForm(_r.Record):
    """The multipart form of `POST .../jobs_with_files`.

    Attributes:
        job (str): The JSON text of the job record (a `Job` whose `job` holds the type-specific settings).
        files (list[File]): The files, one part each, in the order of the job's `filenames`.
    """

    job: str
    files: list[File]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("job", (None, str(self.job).encode(), "text/plain")))

        for files_item_element in self.files:
            files.append(("files[]", files_item_element.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files


_r.bind(
    JobWithFilesForm,
    _r.Field("job", "job", _r.STR, True),
    _r.Field("files", "files[]", _r.ListOf(_r.FILE), True),
    extra=_r.ANY,
)

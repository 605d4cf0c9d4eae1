from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r


@_attrs_define(slots=False, repr=False)
class BatchImportRecord(_r.Record):
    """One record of a batch import: any top-level JSONModel record (accession, resource, archival_object, agent,
    subject...) with its `jsonmodel_type` and a temporary `uri` (such as `/repositories/import/resources/import_1`) that
    other records of the same batch use to link to it. The server gives it a real URI when it saves it.

        Attributes:
            jsonmodel_type (str): The record's JSONModel type.
            uri (str): The record's temporary URI, unique in the batch.
    """

    jsonmodel_type: str
    uri: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @property
    def id(self) -> int | None:
        """The record's id: the last segment of its ``uri`` (``.../archival_objects/7`` gives 7), or None."""
        return _r.uri_id(self)

    @property
    def repo_id(self) -> int | None:
        """The repository the record's ``uri`` is in (``/repositories/2/...`` gives 2), or None."""
        return _r.uri_repo_id(self)


_r.bind(
    BatchImportRecord,
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.STR, True),
    _r.Field("uri", "uri", _r.STR, True),
    extra=_r.ANY,
)

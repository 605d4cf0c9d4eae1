from __future__ import annotations

import datetime
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _records as _r
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.repository import Repository


@_attrs_define(slots=False, repr=False)
class ImportJob(_r.Record):
    """Import records from uploaded files (EAD, MARCXML, EAC-CPF, accession or digital object CSV...). Create it with `POST
    .../jobs_with_files`, sending the files in the same order as `filenames`.

        Attributes:
            filenames (list[str]): The names of the uploaded files, in the order of the `files[]` parts.
            import_type (str): The importer to use, a `name` answered by `GET .../jobs/import_types`.
            jsonmodel_type (Literal['import_job']):  Default: 'import_job'.
            import_events (str | Unset): Whether to import events too (a checkbox value sent as text, such as `"1"`).
            import_subjects (str | Unset): Whether to import subjects too (a checkbox value sent as text, such as `"1"`).
            import_repository (str | Unset): Whether to import the repository described in the file (a checkbox value sent
                as text).
            lock_version (int | str | Unset): The optimistic lock version; send back the one you fetched.
            created_by (str | Unset): The user who created the record.
            last_modified_by (str | Unset): The user who last changed the record.
            user_mtime (datetime.datetime | Unset): When a user last changed the record.
            system_mtime (datetime.datetime | Unset): When the database row last changed.
            create_time (datetime.datetime | Unset): When the record was created.
            repository (Ref[Repository] | Unset): A link to another record by URI. With `resolve[]` naming the property that
                holds it, the server adds the linked record as `_resolved`.
    """

    filenames: list[str]
    import_type: str
    jsonmodel_type: Literal["import_job"] = "import_job"
    import_events: str | Unset = UNSET
    import_subjects: str | Unset = UNSET
    import_repository: str | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref[Repository] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


_r.bind(
    ImportJob,
    _r.Field("filenames", "filenames", _r.ListOf(_r.STR), True),
    _r.Field("import_type", "import_type", _r.STR, True),
    _r.Field("jsonmodel_type", "jsonmodel_type", _r.choice("import_job"), True),
    _r.Field("import_events", "import_events", _r.STR),
    _r.Field("import_subjects", "import_subjects", _r.STR),
    _r.Field("import_repository", "import_repository", _r.STR),
    _r.Field("lock_version", "lock_version", _r.one_of(_r.INT, _r.STR)),
    _r.Field("created_by", "created_by", _r.STR),
    _r.Field("last_modified_by", "last_modified_by", _r.STR),
    _r.Field("user_mtime", "user_mtime", _r.DATETIME),
    _r.Field("system_mtime", "system_mtime", _r.DATETIME),
    _r.Field("create_time", "create_time", _r.DATETIME),
    _r.Field("repository", "repository", _r.model("ref", "Ref")),
    extra=_r.ANY,
)

"""Records stay one record whatever is done to them: threads racing to a field's first read, copies, attributes
that are not fields, odd JSON keys, item assignment, equality, deletion, odd URIs and models without unknown keys.

Each test here reproduces a way a record could split (two values for one field, a change reaching another
record, a key that would be sent that is no field) or raise what it should not; ``_records.py`` is the runtime
they check (generator/templates/_records.py, copied into each generated package)."""

from __future__ import annotations

import copy
import pickle
import threading
from typing import Any

import pytest
from archivesspace_api.models.archival_object import ArchivalObject
from archivesspace_api.models.date import Date
from archivesspace_api.types import UNSET
from fonds.errors import RecordError

from ._threads import race

DATE = {
    "jsonmodel_type": "date",
    "date_type": "single",
    "label": "creation",
    "begin": "1901",
    "system_mtime": "2019-05-31T17:38:07Z",
}
AO = {
    "jsonmodel_type": "archival_object",
    "uri": "/repositories/2/archival_objects/7",
    "title": "Letters",
    "level": "file",
    "resource": {"ref": "/repositories/2/resources/1"},
}


def _damaged(**more: Any) -> dict[str, Any]:
    """AO with a null where a string belongs: a record read field by field, as servers' nulls make it."""
    return copy.deepcopy({**AO, "display_string": None, **more})


# 1. Threads racing to the first read of a field of a record read field by field.


def test_a_field_read_by_two_readers_at_once_is_one_value(monkeypatch: Any) -> None:
    # The interleaving of two threads, made certain: while the first read of ``dates`` loads its list, another
    # read of the field loads and stores its own. Both must end with the one list the record keeps.
    record = ArchivalObject.from_dict(_damaged(dates=[DATE]))
    assert record.title == "Letters"  # (the record's first read: field by field from here on)
    field = ArchivalObject.__dict__["dates"]
    codec = field.codec
    inner: list[Any] = []

    class Interleaved:
        expected = codec.expected

        def load(self, value: Any) -> Any:
            if not inner:
                inner.append(None)
                inner[0] = field.__get__(record)  # "the other thread", in the middle of this load
            return codec.load(value)

    monkeypatch.setattr(field, "codec", Interleaved())
    outer = record.dates
    assert outer is inner[0] is record.dates
    assert record.dates[0].system_mtime.year == 2019


def test_threads_racing_to_a_field_of_a_damaged_record_get_the_same_list_and_no_error() -> None:
    records = [ArchivalObject.from_dict(_damaged(dates=[DATE] * 50)) for _ in range(300)]
    barrier = threading.Barrier(2)
    got: list[list[Any]] = [[], []]
    errors: list[BaseException] = []

    def read(out: list[Any]) -> None:
        for record in records:
            barrier.wait()
            try:
                dates = record.dates
                out.append(dates)
                out.append(dates[0].system_mtime)
            except BaseException as exc:  # (a RecordError here is the bug)
                errors.append(exc)

    race(read, got)
    assert errors == []
    assert all(a is b for a, b in zip(got[0][::2], got[1][::2], strict=True))
    assert all(dates is record.dates for dates, record in zip(got[0][::2], records, strict=True))
    assert all(type(record.dates[0]) is Date for record in records)


# 8. URIs whose last segment is a digit that is not ASCII.


def test_an_id_of_digits_that_are_not_ascii_is_none_not_a_value_error() -> None:
    for last in ("\u00b2", "\u0663", "7\u00b2"):  # superscript two, Arabic-Indic three
        record = ArchivalObject.from_dict({**AO, "uri": f"/repositories/2/archival_objects/{last}"})
        assert record.id is None
    odd_repo = ArchivalObject.from_dict({**AO, "uri": "/repositories/\u0662/archival_objects/7"})
    assert odd_repo.repo_id is None
    assert odd_repo.id == 7
    assert ArchivalObject.from_dict(AO).repo_id == 2


# 3. Attributes that are no fields, on a record read in place (whose JSON is its ``__dict__``).


def test_an_attribute_that_is_no_field_never_reaches_to_dict() -> None:
    for data in (copy.deepcopy(AO), _damaged()):  # read in place, and field by field
        record = ArchivalObject.from_dict(data)
        assert record.title == "Letters"
        record.cached_label = "tmp"
        record.resource.note_to_self = 1  # (a nested record read in place too)
        assert record.resource.ref == "/repositories/2/resources/1"
        assert record.to_dict() == data
        assert record.cached_label == "tmp"
        assert pickle.loads(pickle.dumps(record)).to_dict() == data
        assert "x_missing" not in record  # (its unknown keys: an in-place record takes a state of its own)
        assert record.cached_label == "tmp"  # (kept when the record took a state of its own for its keys)
        assert record.to_dict() == data
        assert record.resource.note_to_self == 1


def test_assigning_additional_properties_replaces_the_unknown_keys_on_every_path() -> None:
    for data in ({**AO, "x_plugin": 1}, _damaged(x_plugin=1)):
        record = ArchivalObject.from_dict(data)
        assert record.title == "Letters"
        record.additional_properties = {"x_new": 2}
        expected = {key: value for key, value in data.items() if key != "x_plugin"} | {"x_new": 2}
        assert record.to_dict() == expected
        assert record["x_new"] == 2
        assert "x_plugin" not in record
        record["x_more"] = 3
        assert record.to_dict() == expected | {"x_more": 3}
        assert copy.deepcopy(record).to_dict() == expected | {"x_more": 3}


# 4. JSON keys that copy and pickle look up on the instance.


@pytest.mark.parametrize("key", ["__deepcopy__", "__reduce_ex__", "__getstate__", "__copy__", "__class__"])
def test_a_key_with_a_dunder_name_leaves_copy_and_pickle_working(key: str) -> None:
    data = {**AO, key: "a plugin's value"}
    record = ArchivalObject.from_dict(data)
    assert record.title == "Letters"
    assert record.__dict__ is not record._json  # (a state of its own: the key is no attribute)
    for twin in (copy.deepcopy(record), pickle.loads(pickle.dumps(record)), copy.copy(record)):
        assert type(twin) is ArchivalObject
        assert twin.to_dict() == data
    assert record[key] == "a plugin's value"


# 2. Shallow copies.


def _paths() -> list[tuple[str, Any]]:
    """A record on each path it can be on: unread, read in place, read field by field, built by keyword."""
    from archivesspace_api.models.ref import Ref

    read = ArchivalObject.from_dict({**AO, "x_plugin": {"k": 1}})
    assert read.title == "Letters"
    slow = ArchivalObject.from_dict(_damaged(x_plugin={"k": 1}))
    assert slow.title == "Letters"
    built = ArchivalObject(level="file", resource=Ref(ref="/repositories/2/resources/1"), title="Letters")
    built["x_plugin"] = {"k": 1}
    unread = ArchivalObject.from_dict({**AO, "x_plugin": {"k": 1}})
    return [("unread", unread), ("in place", read), ("slow", slow), ("keyword", built)]


def test_a_copy_is_a_record_of_its_own() -> None:
    for path, record in _paths():
        before = record.to_dict()
        twin = copy.copy(record)
        twin.title = "Changed"
        twin["x_plugin"] = 2
        twin["x_new"] = 3
        del twin.level
        assert record.title == "Letters", path
        assert record.to_dict() == before, path
        assert "x_new" not in record, path
        assert twin.to_dict() == {k: v for k, v in before.items() if k != "level"} | {
            "title": "Changed",
            "x_plugin": 2,
            "x_new": 3,
        }, path
        assert twin.resource is record.resource, path  # (a shallow copy: the values are shared)
        if record.__dict__ is getattr(record, "_json", None):
            assert twin.__dict__ is twin._json, path  # read in place, as the original


def test_a_copy_of_a_nested_record_leaves_its_parent_as_it_is() -> None:
    for data in (copy.deepcopy(AO), _damaged()):
        parent = ArchivalObject.from_dict(data)
        resource = copy.copy(parent.resource)
        resource.ref = "/elsewhere"
        assert parent.to_dict() == data
        assert parent.resource.ref == "/repositories/2/resources/1"
        assert resource.to_dict() == {"ref": "/elsewhere"}


def test_a_record_and_its_copy_never_wrap_one_json_object() -> None:
    # Reading a nested record in place rewrites its JSON: the original and its copy must not read the same one.
    for data in (_damaged(dates=[DATE]), {**AO, "dates": [DATE]}):
        record = ArchivalObject.from_dict(copy.deepcopy(data))
        if "display_string" in data:
            assert record.title == "Letters"  # (field by field; dates not read yet)
        twin = copy.copy(record)
        assert record.dates[0].system_mtime.year == twin.dates[0].system_mtime.year == 2019
        assert record.to_dict() == twin.to_dict() == data


# 7. ``del record.field``.


def test_del_of_a_field_behaves_the_same_on_every_path() -> None:
    for path, record in _paths()[1:]:  # (a parsed record not read yet has no attributes to delete: AttributeError)
        assert record.dates == []
        assert record.title == "Letters"
        del record.title
        del record.dates  # a list the server always sends
        assert record.title is UNSET, path
        assert record.dates == [], path
        out = record.to_dict()
        assert "title" not in out, path
        assert "dates" not in out, path
        assert out["x_plugin"] == {"k": 1}, path
        record.dates.append(Date(date_type="single", label="creation", begin="1999"))
        assert record.to_dict()["dates"] == [
            {"jsonmodel_type": "date", "date_type": "single", "label": "creation", "begin": "1999"}
        ], path
        for twin in (copy.deepcopy(record), pickle.loads(pickle.dumps(record)), copy.copy(record)):
            assert twin.title is UNSET, path
            assert twin.to_dict() == record.to_dict(), path


def test_a_field_read_again_after_del_wraps_no_json_another_record_has_read() -> None:
    subject = {"ref": "/subjects/1", "_resolved": {"jsonmodel_type": "subject", "title": "Maps", "terms": []}}
    record = ArchivalObject.from_dict(_damaged(dates=[DATE], subjects=[subject]))
    assert record.dates[0].label == "creation"
    assert record.subjects[0].ref == "/subjects/1"
    del record.dates, record.subjects
    assert record.dates == record.subjects == []
    out = record.to_dict()
    assert "dates" not in out
    assert "subjects" not in out
    kept = ArchivalObject.from_dict(_damaged(subjects=[subject]))
    assert kept.subjects[0].resolved.title == "Maps"
    assert kept.to_dict()["subjects"] == [subject]  # (no Python name beside the wire name)


# 5. Item assignment under a field's wire name.


def test_item_assignment_under_a_fields_wire_name_is_refused_typed_and_changes_nothing() -> None:
    from archivesspace_api.models.ref import Ref

    for data in (copy.deepcopy(AO), _damaged()):
        record = ArchivalObject.from_dict(data)
        with pytest.raises(RecordError, match=r"record\.title"):
            record["title"] = "via item"
        with pytest.raises(RecordError):
            del record["level"]
        assert record.title == "Letters"
        assert record.to_dict() == data
    ref = Ref.from_dict({"ref": "/subjects/1"})
    with pytest.raises(RecordError, match=r"record\.resolved"):
        ref["_resolved"] = {"jsonmodel_type": "subject"}
    ref["resolved"] = 1  # (no wire name: an unknown key, as one the server sent would be)
    assert ref.to_dict() == {"ref": "/subjects/1", "resolved": 1}


# 6. Equality of damaged records.


def test_equality_never_raises_and_tells_damaged_records_apart() -> None:
    damaged = ArchivalObject.from_dict(_damaged())
    assert damaged == damaged
    assert damaged == ArchivalObject.from_dict(_damaged())
    assert damaged != ArchivalObject.from_dict(_damaged(title="Other"))
    assert damaged != ArchivalObject.from_dict(AO)
    assert ArchivalObject.from_dict(AO) != damaged
    assert (damaged != copy.deepcopy(damaged)) is False
    clean = ArchivalObject.from_dict({**AO, "x_plugin": 1})
    assert clean.title == "Letters"
    assert clean == ArchivalObject.from_dict({**AO, "x_plugin": 1})
    assert clean != ArchivalObject.from_dict({**AO, "x_plugin": 2})  # (unknown keys count)
    assert clean.__dict__ is clean._json  # (== gave it no state of its own)
    assert (clean == "a string") is False
    with pytest.raises(TypeError):
        hash(clean)  # (as before: a mutable record is not hashable)


# 10. Models without unknown keys, and unknown keys of a type one of them is not of.


def test_a_model_without_unknown_keys_answers_item_reads_typed() -> None:
    from storage_service_api.models.package_reingest_patch import PackageReingestPatch

    patch = PackageReingestPatch.from_dict({"reingest": {}, "x": 1})
    assert patch.additional_keys == ["x"]
    assert patch["x"] == 1  # (the server sent it all the same: read-only, and kept by to_dict)
    assert "x" in patch
    with pytest.raises(KeyError):
        patch["y"]
    with pytest.raises(RecordError):
        patch["y"] = 2
    assert patch.to_dict() == {"reingest": {}, "x": 1}
    built = PackageReingestPatch(reingest=None)
    assert built.additional_keys == []
    assert dict(built.additional_properties) == {}


def test_one_damaged_unknown_value_leaves_the_other_keys_readable() -> None:
    from archivesspace_api.models.user_permissions import UserPermissions

    data = {"/repositories/2": ["view_repository"], "_plugin": ["x", 3]}
    permissions = UserPermissions.from_dict(copy.deepcopy(data))
    assert permissions["/repositories/2"] == ["view_repository"]
    assert permissions.additional_keys == ["/repositories/2", "_plugin"]
    with pytest.raises(RecordError, match="_plugin"):
        permissions["_plugin"]
    with pytest.raises(KeyError):
        permissions["/repositories/3"]
    permissions["/repositories/2"].append("update_resource_record")
    assert permissions.to_dict() == {**data, "/repositories/2": ["view_repository", "update_resource_record"]}
    assert permissions == copy.copy(permissions)

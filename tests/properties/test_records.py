"""Records are lazy, lossless views of the JSON they came from (issue 12).

- Parsing never fails on a missing field or a field of the wrong JSON type; reading the damaged field raises
  ``RecordError`` naming the model, the record's uri, the field, what was expected and what was found.
- ``to_dict()`` of an unchanged record is the JSON it came from, exactly; of a changed one, that JSON plus the
  change.
- Timestamps read in every form the servers write and are written back as they came.
- Unions of records dispatch on their discriminator; an unknown one is kept as an ``UnknownRecord``.
"""

from __future__ import annotations

import copy
import datetime as dt
import gc
import importlib
import json
import pickle
from typing import Any

import httpx
import pytest
from archivesspace_api.models.archival_object import ArchivalObject
from archivesspace_api.models.container_location import ContainerLocation
from archivesspace_api.models.date import Date
from archivesspace_api.models.note_multipart import NoteMultipart
from archivesspace_api.models.note_singlepart import NoteSinglepart
from archivesspace_api.models.ref import Ref
from archivesspace_api.types import UNSET, Unset
from fonds import ArchivesSpace
from fonds.errors import RecordError
from fonds.testing import ArchivesSpaceSimulator
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.properties._specs import document
from tests.properties._strategies import json_data
from tests.properties.test_models import MODELS, model_class

AO = {
    "jsonmodel_type": "archival_object",
    "uri": "/repositories/2/archival_objects/7",
    "title": "Letters",
    "level": "file",
    "resource": {"ref": "/repositories/2/resources/1"},
    "dates": [{"jsonmodel_type": "date", "date_type": "single", "label": "creation", "begin": "1901"}],
    "notes": [
        {"jsonmodel_type": "note_singlepart", "type": "abstract", "content": ["A few letters."]},
        {"jsonmodel_type": "note_multipart", "type": "scopecontent", "subnotes": []},
        {"jsonmodel_type": "note_from_a_plugin", "type": "odd", "magic": 3},
    ],
    "system_mtime": "2019-05-31T17:38:07Z",
    "user_mtime": "2019-05-31T17:38:07+00:00",
    "create_time": "2020-03-19 13:14:44 UTC",
    "lock_version": 4,
    "display_string": None,
    "x_plugin_field": {"kept": [1, 2]},
}

# AO without what sends a record the slow way (an unknown note, a null).
_CLEAN = {key: value for key, value in AO.items() if key != "display_string"} | {"notes": AO["notes"][:2]}

# A wrong JSON value for each kind of JSON type a field can want.
WRONG = {"string": 12, "integer": "twelve", "number": "twelve", "boolean": "yes", "array": {"a": 1}, "object": [1]}


def test_an_unchanged_record_gives_back_exactly_what_came() -> None:
    ao = ArchivalObject.from_dict(AO)
    assert ao.to_dict() == AO
    # Reading every field, nested ones included, changes nothing.
    assert ao.title == "Letters"
    assert ao.dates[0].begin == "1901"
    assert ao.resource.ref.endswith("/1")
    assert [type(n).__name__ for n in ao.notes] == ["NoteSinglepart", "NoteMultipart", "UnknownRecord"]
    assert ao.to_dict() == AO
    assert json.dumps(ao.to_dict()) == json.dumps(AO)  # same keys in the same order


def test_a_changed_record_gives_back_the_json_plus_the_change() -> None:
    ao = ArchivalObject.from_dict(AO)
    ao.title = "Letters, 1901"
    ao.dates[0].end = "1902"
    ao.notes.pop(0)
    ao.component_id = "1.2"
    ao.display_string = UNSET  # a field set to UNSET is left out
    expected = copy.deepcopy(AO)
    expected["title"] = "Letters, 1901"
    expected["dates"][0]["end"] = "1902"
    expected["notes"].pop(0)
    expected["component_id"] = "1.2"
    del expected["display_string"]
    assert ao.to_dict() == expected


def test_to_dict_is_a_copy() -> None:
    ao = ArchivalObject.from_dict(AO)
    out = ao.to_dict()
    out["dates"][0]["begin"] = "changed"
    out["x_plugin_field"]["kept"].append(3)
    assert ao.to_dict() == AO


def test_timestamps_in_every_form_read_aware_and_write_back_as_they_came() -> None:
    ao = ArchivalObject.from_dict(AO)
    utc = dt.timezone.utc
    assert ao.system_mtime == dt.datetime(2019, 5, 31, 17, 38, 7, tzinfo=utc)
    assert ao.user_mtime == ao.system_mtime
    assert ao.create_time == dt.datetime(2020, 3, 19, 13, 14, 44, tzinfo=utc)
    assert ao.to_dict()["system_mtime"] == "2019-05-31T17:38:07Z"
    assert ao.to_dict()["create_time"] == "2020-03-19 13:14:44 UTC"
    # A changed timestamp is written in ISO form.
    ao.system_mtime = ao.system_mtime + dt.timedelta(seconds=1)
    assert ao.to_dict()["system_mtime"] == "2019-05-31T17:38:08+00:00"
    # A container location of a v2.7.1 server.
    loc = ContainerLocation.from_dict(
        {"jsonmodel_type": "container_location", "status": "current", "start_date": "2020-03-19",
         "ref": "/locations/1", "system_mtime": "2020-03-19 13:14:44 UTC"}
    )  # fmt: skip
    assert loc.system_mtime.tzinfo is not None


def test_a_damaged_field_raises_a_typed_error_only_when_read() -> None:
    damaged = {**AO, "dates": "not a list", "level": None}
    del damaged["resource"]
    ao = ArchivalObject.from_dict(damaged)  # never fails
    assert ao.title == "Letters"
    with pytest.raises(RecordError) as caught:
        _ = ao.dates
    err = caught.value
    assert (err.model, err.uri, err.field) == ("ArchivalObject", AO["uri"], "dates")
    assert "list" in err.expected
    assert err.found == "a string"
    assert "not a list" not in str(err)  # values are described, never quoted
    with pytest.raises(RecordError, match=r"'resource'.*found nothing"):
        _ = ao.resource
    with pytest.raises(RecordError, match="'level'"):
        _ = ao.level
    assert ao.to_dict() == damaged
    assert "dates=<unreadable>" in repr(ao)


def test_unions_dispatch_on_the_discriminator() -> None:
    ao = ArchivalObject.from_dict(AO)
    single, multi, unknown = ao.notes
    assert isinstance(single, NoteSinglepart)
    assert single.content == ["A few letters."]
    assert isinstance(multi, NoteMultipart)
    assert unknown["jsonmodel_type"] == "note_from_a_plugin"
    assert unknown.to_dict() == AO["notes"][2]
    # A note that names its type but lacks a required field is still that type (one lookup, no guessing).
    broken = ArchivalObject.from_dict({**AO, "notes": [{"jsonmodel_type": "note_multipart"}]})
    assert isinstance(broken.notes[0], NoteMultipart)
    with pytest.raises(RecordError, match=r"NoteMultipart.*'type'"):
        _ = broken.notes[0].type


def test_records_built_by_keyword_work_as_before() -> None:
    ao = ArchivalObject(level="file", resource=Ref(ref="/repositories/2/resources/1"), title="New")
    assert ao.to_dict() == {
        "level": "file",
        "resource": {"ref": "/repositories/2/resources/1"},
        "jsonmodel_type": "archival_object",
        "title": "New",
        "is_slug_auto": True,  # the spec's defaults
        "restrictions_apply": False,
        # Lists the server always sends start empty (and are typed without Unset).
        **{f.wire: [] for f in ArchivalObject._order if f.empty},
    }
    assert ao == ArchivalObject.from_dict(ao.to_dict())
    assert "UNSET" not in repr(ao)
    assert "Unset" not in repr(ao)


def test_unset_is_safe_to_print_copy_and_pickle() -> None:
    ao = ArchivalObject.from_dict(AO)
    assert ao.component_id is UNSET
    assert ao.system_mtime.year == 2019  # read: a timestamp that must keep its text through copies
    assert f"{ao.dates[0].begin}-{ao.dates[0].end}" == "1901-"
    for clone in (copy.deepcopy(ao), pickle.loads(pickle.dumps(ao)), copy.copy(ao)):
        assert clone.component_id is UNSET
        assert clone.to_dict() == AO
    built = ArchivalObject(level="file", resource=Ref(ref="/r"))
    assert pickle.loads(pickle.dumps(built)).to_dict() == built.to_dict()
    assert isinstance(copy.deepcopy(built).title, Unset)


def test_the_collector_is_restored_as_it_was() -> None:
    from archivesspace_api import _records

    assert gc.isenabled()
    _records.loads(b'{"a": [1, 2]}')
    assert gc.isenabled()
    gc.disable()
    try:
        _records.loads(b'{"a": [1, 2]}')
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_json_orjson_refuses_still_decodes() -> None:
    from archivesspace_api import _records

    assert _records.loads(b'{"n": 123456789012345678901234567890}') == {"n": 123456789012345678901234567890}
    assert _records.loads('{"a": "é"}'.encode("utf-16")) == {"a": "é"}


def test_a_fetched_changed_record_posts_back_the_servers_json_plus_the_change() -> None:
    sim = ArchivesSpaceSimulator(archival_objects=3)
    sent: list[bytes] = []
    inner = sim.transport()

    def spy(request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and "/archival_objects/" in request.url.path:
            sent.append(request.content)
        return inner.handle_request(request)

    with ArchivesSpace(
        "http://aspace.test", username="admin", password="admin", transport=httpx.MockTransport(spy)
    ) as a:
        ao = a.archival_objects.get(repo_id=2, id=1)
        original = json.loads(a.last_response.content)
        ao.title = "Changed"
        a.archival_objects.update(repo_id=2, id=1, body=ao)
    expected = {**original, "title": "Changed"}
    assert sent == [json.dumps(expected, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()]


def _json_type(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    return kind if kind in WRONG and not {"oneOf", "anyOf"} & schema.keys() else None


@pytest.mark.parametrize(("api", "name"), MODELS[::7], ids=[f"{a}.{n}" for a, n in MODELS[::7]])
def test_damage_never_stops_a_parse_and_reading_it_raises_the_typed_error(api: str, name: str) -> None:
    cls = model_class(api, name)
    doc = document(api)
    schema = doc["components"]["schemas"][name]
    fields = {f.wire: f for f in cls._order}
    props = {k: v for k, v in (schema.get("properties") or {}).items() if k in fields}
    if not props:
        pytest.skip("no properties")

    @given(data=json_data(doc, schema), victim=st.sampled_from(sorted(props)), delete=st.booleans())
    def run(data: dict[str, Any], victim: str, delete: bool) -> None:
        from generator.lint import deref

        prop = deref(doc, props[victim])
        kind = _json_type(prop)
        damaged = dict(data)
        if delete or kind is None:
            damaged.pop(victim, None)
        else:
            damaged[victim] = WRONG[kind]
        record = cls.from_dict(damaged)
        assert record.to_dict() == damaged
        field = fields[victim]
        if victim in damaged or field.required:
            with pytest.raises(RecordError) as caught:
                getattr(record, field.name)
            assert caught.value.model == cls.__name__
            assert caught.value.field == victim
        else:
            unset = importlib.import_module(cls.__module__.split(".")[0] + ".types").UNSET
            if field.empty:  # a list every server sends (older ones leave some out): absent reads as []
                assert getattr(record, field.name) == []
            else:
                assert getattr(record, field.name) is unset

    run()


def _read_deep(record: Any) -> None:
    """Read every field of ``record`` and of the records it holds (so that the record holds them all)."""
    for field in type(record)._order:
        value = getattr(record, field.name)
        for item in value if isinstance(value, list) else [value]:
            if hasattr(type(item), "_order"):
                _read_deep(item)


@pytest.mark.parametrize(("api", "name"), MODELS[::5], ids=[f"{a}.{n}" for a, n in MODELS[::5]])
def test_a_body_passes_its_check_as_sent_and_not_with_a_field_of_another_type(api: str, name: str) -> None:
    """No false refusal: a record of spec-valid JSON, every field read, passes the check of bodies before they are
    sent (``body_problem``); a field then assigned a value of another JSON type is refused, by its name."""
    cls = model_class(api, name)
    doc = document(api)
    schema = doc["components"]["schemas"][name]
    runtime = importlib.import_module(cls.__module__.split(".")[0] + "._records")
    fields = {f.wire: f for f in cls._order}
    props = {k: v for k, v in (schema.get("properties") or {}).items() if k in fields and "binary" not in str(v)}
    if not props:
        pytest.skip("no properties")

    @settings(max_examples=25)
    @given(data=json_data(doc, schema), victim=st.sampled_from(sorted(props)))
    def run(data: dict[str, Any], victim: str) -> None:
        from generator.lint import deref

        record = cls.from_dict(data)
        _read_deep(record)
        assert runtime.body_problem(record) is None
        kind = _json_type(deref(doc, props[victim]))
        if kind is None:  # (a union, or any value: no JSON type is another's)
            return
        setattr(record, fields[victim].name, WRONG[kind])
        problem = runtime.body_problem(record)
        assert problem is not None
        assert problem[0] == f"body.{fields[victim].name}", problem

    run()


def test_a_tag_that_is_not_a_string_is_no_crash() -> None:
    ao = ArchivalObject.from_dict({**AO, "notes": [{"jsonmodel_type": ["note_multipart"], "type": "odd"}]})
    (note,) = ao.notes  # kept as an unknown record: never a bare TypeError
    assert note.to_dict() == {"jsonmodel_type": ["note_multipart"], "type": "odd"}


def test_a_repr_never_shows_a_session_token_or_password() -> None:
    from archivesspace_api.models.login_form import LoginForm
    from archivesspace_api.models.login_result import LoginResult

    token = "4f1e0c9d8b7a6f5e4d3c2b1a"
    result = LoginResult.from_dict({"session": token, "user": {"username": "admin"}})
    assert result.session == token
    assert token not in repr(result)
    assert "s3cret-pass" not in repr(LoginForm(password="s3cret-pass"))


def test_a_resolved_link_or_hit_with_an_odd_type_is_an_unknown_record() -> None:
    from archivesspace_api import _records

    ref = Ref.from_dict({"ref": "/subjects/1", "_resolved": {"jsonmodel_type": {"odd": 1}, "title": "x"}})
    assert isinstance(ref.resolved, _records.UnknownRecord)
    assert _records.record_class(["subject"]) is None
    assert _records.record_class("../etc") is None


def test_the_compiled_first_read_and_the_field_by_field_one_agree() -> None:
    """A record's first read runs a function compiled for its model; one with a field assigned before that read
    (or a damaged one) is read field by field. Both give the same values, and the assignment wins."""
    clean = _CLEAN
    fast = ArchivalObject.from_dict(clean)
    slow = ArchivalObject.from_dict(clean)
    slow.lock_version = 9  # assigned before any read
    assert fast.title == "Letters"
    from archivesspace_api import _records

    assert _records._IN_PLACE[ArchivalObject][tuple(clean)] is not None  # compiled for its shape on that first read
    assert fast.__dict__ is fast._json  # read in place: the JSON holds the values
    assert type(fast.__dict__["dates"][0]) is Date  # the compiled read takes the top level at once
    assert slow.title == "Letters"
    assert "dates" not in slow.__dict__  # field by field: a list with items waits for its own read
    damaged = 0
    for field in ArchivalObject._order:
        if field.name == "lock_version":
            continue
        try:
            value = getattr(fast, field.name)
        except RecordError:
            damaged += 1
            continue
        assert value == getattr(slow, field.name), field.name
    assert damaged == 0
    assert slow.lock_version == 9
    assert fast.lock_version == 4
    assert slow.to_dict() == {**clean, "lock_version": 9}
    assert fast.to_dict() == clean
    # Lists of records are unread views of their JSON; a change to one shows in to_dict.
    fast.dates[0].begin = "1902"
    assert fast.to_dict()["dates"][0] == {**clean["dates"][0], "begin": "1902"}
    assert clean["dates"][0]["begin"] == "1901"  # the JSON it came from is left alone


@given(st.lists(st.sampled_from([{"ref": "/subjects/1"}, 7, "x", None, [], {"ref": 3}]), max_size=4))
def test_a_list_of_records_with_any_items_reads_or_raises_typed(items: list[Any]) -> None:
    ao = ArchivalObject.from_dict({**AO, "subjects": items})
    assert ao.title == "Letters"  # the other fields read whatever the list holds
    if all(isinstance(item, dict) for item in items):
        assert [s.to_dict() for s in ao.subjects] == items
    else:
        with pytest.raises(RecordError, match="'subjects'"):
            _ = ao.subjects
    assert ao.to_dict() == {**AO, "subjects": items}


def _clean() -> dict[str, Any]:
    """AO without what sends a record the slow way (the null display_string, the plugin's note)."""
    return {key: value for key, value in copy.deepcopy(AO).items() if key != "display_string"} | {
        "notes": copy.deepcopy(AO["notes"][:2])
    }


def test_a_record_read_in_place_gives_back_its_json_with_its_changes() -> None:
    clean = _clean()
    ao = ArchivalObject.from_dict(clean)
    assert ao.title == "Letters"
    assert ao.__dict__ is ao._json  # read in place
    assert ao.lang_materials == []  # absent, read as []...
    assert ao.other_level is UNSET
    assert json.dumps(ao.to_dict()) == json.dumps(clean)  # ...and left out while it stays empty; same order
    ao.extents.append(ao.dates[0])  # (any record: to_dict writes what the list holds)
    ao.lang_materials.append(ao.dates[0])
    out = ao.to_dict()
    assert out["lang_materials"] == out["extents"] == clean["dates"]
    del ao.title
    assert ao.title is UNSET
    assert "title" not in ao.to_dict()
    # Unknown keys: the record takes a state of its own and keeps its values and changes.
    dates = ao.dates
    assert ao["x_plugin_field"] == {"kept": [1, 2]}
    assert ao.__dict__ is not ao._json
    ao["x_new"] = 1
    assert ao.dates is dates
    assert ao.to_dict() == {k: v for k, v in clean.items() if k != "title"} | {
        "extents": clean["dates"],
        "lang_materials": clean["dates"],
        "x_new": 1,
    }
    assert clean == _clean()  # the dict it came from is left alone


def test_a_renamed_field_read_in_place_is_written_back_under_its_wire_name() -> None:
    from archivesspace_api.models.subject import Subject

    data = {"ref": "/subjects/1", "_resolved": {"jsonmodel_type": "subject", "title": "Maps", "terms": []}}
    ref = Ref.from_dict(data)
    assert ref.ref == "/subjects/1"
    assert ref.__dict__ is ref._json
    assert isinstance(ref.resolved, Subject)
    assert ref.resolved.title == "Maps"
    assert ref.to_dict() == data
    del ref.resolved
    assert ref.resolved is UNSET
    assert ref.to_dict() == {"ref": "/subjects/1"}
    globes = {"jsonmodel_type": "subject", "title": "Globes", "terms": []}
    ref.resolved = Subject.from_dict(globes)
    assert ref.to_dict() == {"ref": "/subjects/1", "_resolved": globes}
    ref.resolved = UNSET
    assert ref.to_dict() == {"ref": "/subjects/1"}
    bare = Ref.from_dict({"ref": "/subjects/2"})
    assert bare.resolved is UNSET
    assert bare.to_dict() == {"ref": "/subjects/2"}
    built = Ref(ref="/subjects/3")
    assert built.resolved is UNSET
    assert built.to_dict() == {"ref": "/subjects/3"}
    # A key spelt like the Python name would hide the field: such a record is not read in place.
    odd = Ref.from_dict({"ref": "/subjects/4", "resolved": 1})
    assert odd.resolved is UNSET
    assert odd["resolved"] == 1
    assert odd.to_dict() == {"ref": "/subjects/4", "resolved": 1}


def test_a_key_that_would_hide_a_method_keeps_the_record_out_of_place() -> None:
    data = _clean() | {"to_dict": "a plugin's field", "additional_properties": 2}
    ao = ArchivalObject.from_dict(data)
    assert ao.title == "Letters"
    assert ao.__dict__ is not ao._json
    assert ao.to_dict() == data
    assert ao["to_dict"] == "a plugin's field"


def test_a_record_read_in_place_survives_pickle_and_deepcopy() -> None:
    ao = ArchivalObject.from_dict(_clean())
    assert ao.dates[0].begin == "1901"
    for twin in (pickle.loads(pickle.dumps(ao)), copy.deepcopy(ao)):
        assert twin.__dict__ is twin._json
        assert twin == ao
        twin.title = "Other"
        assert twin.to_dict() == _clean() | {"title": "Other"}
        assert ao.title == "Letters"


def test_threads_racing_to_a_first_read_see_the_same_record() -> None:
    from ._threads import race

    records = [ArchivalObject.from_dict(_clean()) for _ in range(300)]
    seen: list[list[Any]] = [[], []]

    def read(out: list[Any]) -> None:
        for record in records:
            out.append((record.dates[0].begin, record.resource.ref, record.system_mtime, record.title))
            if out is seen[1]:  # (the other thread reads on while this one gives the record a state)
                assert record["x_plugin_field"] == {"kept": [1, 2]}

    race(read, seen)
    assert seen[0] == seen[1] == [("1901", "/repositories/2/resources/1", records[0].system_mtime, "Letters")] * 300
    assert all(type(record.dates[0]) is Date for record in records)
    assert all(record.to_dict() == _clean() for record in records)


def _reads(record: Any) -> dict[str, Any]:
    """Every field of ``record`` as read (nested records as their JSON), or the error its read raised."""
    values: dict[str, Any] = {}
    for field in type(record)._order:
        try:
            value = getattr(record, field.name)
        except RecordError as exc:
            values[field.name] = ("RecordError", str(exc))
            continue
        values[field.name] = [_json_of(item) for item in value] if type(value) is list else _json_of(value)
    return values


def _json_of(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


@given(st.permutations(list(_CLEAN)).flatmap(lambda keys: st.integers(0, len(keys)).map(lambda n: keys[:n])))
def test_a_record_of_any_shape_reads_as_the_function_for_any_shape_and_field_by_field(keys: list[str]) -> None:
    """The first read compiled for a shape (the record's keys, in order) gives what the function for any shape
    gives, and what the field-by-field read gives: the same values, errors and JSON."""
    from archivesspace_api import _records

    data = {key: _CLEAN[key] for key in keys}
    by_shape = ArchivalObject.from_dict(data)
    shape_values = _reads(by_shape)
    with pytest.MonkeyPatch.context() as patch:  # no room for shapes: the function for any shape serves
        patch.setattr(_records, "_IN_PLACE", {})
        patch.setattr(_records, "_SHAPES_PER_MODEL", 0)
        any_shape = ArchivalObject.from_dict(data)
        any_values = _reads(any_shape)
        assert _records._IN_PLACE[ArchivalObject] == {}
    slow = ArchivalObject.from_dict(data)
    slow.publish = data.get("publish", UNSET)  # assigned before the first read: field by field
    assert slow.__dict__ is not slow._json
    assert shape_values == any_values == _reads(slow)
    readable = {"jsonmodel_type", "level", "resource"} <= set(keys)  # (the fields the model requires)
    assert (by_shape.__dict__ is by_shape._json) is readable
    assert (any_shape.__dict__ is any_shape._json) is readable
    assert by_shape.to_dict() == any_shape.to_dict() == slow.to_dict() == data
    assert json.dumps(by_shape.to_dict()) == json.dumps(data)  # same keys in the same order


def test_past_its_shapes_a_model_reads_records_with_the_function_for_any_shape(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from archivesspace_api import _records

    monkeypatch.setattr(_records, "_IN_PLACE", {})
    monkeypatch.setattr(_records, "_SHAPES_PER_MODEL", 2)
    shapes = [dict(_CLEAN), {k: v for k, v in _CLEAN.items() if k != "title"}, dict(reversed(_CLEAN.items()))]
    records = [ArchivalObject.from_dict(data) for data in shapes]
    assert [record.lock_version for record in records] == [4, 4, 4]
    assert [record.title for record in records] == ["Letters", UNSET, "Letters"]
    assert all(record.__dict__ is record._json for record in records)  # all read in place
    assert list(_records._IN_PLACE[ArchivalObject]) == [tuple(shapes[0]), tuple(shapes[1])]  # (bounded)
    assert [record.to_dict() for record in records] == shapes


def test_a_timestamp_keeps_its_text_in_a_slot_and_a_derived_one_is_written_in_iso_form() -> None:
    from archivesspace_api import _records

    for text, expected in [
        ("2019-05-31T17:38:07Z", dt.datetime(2019, 5, 31, 17, 38, 7, tzinfo=dt.timezone.utc)),
        ("2020-03-19 13:14:44 UTC", dt.datetime(2020, 3, 19, 13, 14, 44, tzinfo=dt.timezone.utc)),
        ("2019-05-31T17:38:07.250+02:00", dt.datetime(2019, 5, 31, 15, 38, 7, 250000, tzinfo=dt.timezone.utc)),
        ("2019-05-31T17:38:07", dt.datetime(2019, 5, 31, 17, 38, 7, tzinfo=dt.timezone.utc)),  # (naive: UTC)
    ]:
        stamp = _records._parse_datetime(text)
        assert type(stamp) is _records.WireDatetime, text
        assert stamp == expected, text
        assert stamp.tzinfo is not None, text
        assert not hasattr(stamp, "__dict__")
        assert _records.dump(stamp) == text
        assert pickle.loads(pickle.dumps(stamp)) == stamp
        assert _records.dump(copy.deepcopy(stamp)) == text
        later = stamp + dt.timedelta(seconds=1)
        assert _records.dump(later) == later.isoformat()
        assert _records.dump(stamp.replace(year=2000)) == stamp.replace(year=2000).isoformat()

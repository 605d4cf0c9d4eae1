"""Records: typed, lazy and lossless views of the JSON a server sent. Every generated model builds on this module.

This file is hand-written: the generator copies it, as it is, into each generated package as ``_records.py``.
The generated model modules are declarations: an attrs class (so editors and type checkers see every field) and
one :func:`bind` call that lists each field's wire name and :class:`Codec`.

A record parsed from an answer keeps the decoded JSON object. The first access to any of its fields reads its top
level from that JSON, checked against the types, in a function compiled for the model from its field table, and
(when every field is sound) writes the values that are not plain JSON over their JSON in that same object, which
becomes the record's ``__dict__``: later reads are plain attribute lookups. Nested records are records too, unread
views of their JSON until one of their own fields is read, so a page of 250 archival objects costs 250 small
objects until someone reads a field. ``to_dict()`` gives back the JSON as it came
(same keys, values, nulls, timestamp text and unknown keys), with the fields that were assigned or changed written
over it. A field that is absent or of the wrong JSON type never stops the parse: reading it raises
``fonds.errors.RecordError``, naming the model, the record's ``uri``, the field and what was expected and found. A
record built by keyword (``ArchivalObject(title="Letters", level="file",
resource=Ref(ref="/repositories/2/resources/1"))``) holds its values as an ordinary attrs instance.

Example::

    ao = ArchivalObject.from_dict(answer_json)
    ao.title                      # parsed now, cached
    ao.title = "Letters"
    ao.to_dict() == {**answer_json, "title": "Letters"}   # True
"""

from __future__ import annotations

import datetime
import gc
import importlib
import io
import json
import threading
import uuid
from collections.abc import Awaitable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from .types import UNSET, File, Unset

try:  # a faster decoder where it is installed (exact for big integers, unlike orjson); json is the fallback
    import msgspec as _msgspec

    _decode: Any = _msgspec.json.Decoder().decode
    _DecodeError: type[Exception] = _msgspec.DecodeError
except ImportError:  # pragma: no cover
    _decode = None
    _DecodeError = ValueError

R = TypeVar("R", bound="Record")

_MODELS = __name__.rsplit(".", 1)[0] + ".models"
_new = object.__new__


class Mismatch(Exception):
    """Raised by a codec for a JSON value of the wrong type (turned into ``RecordError`` with the context)."""

    def __init__(self, expected: str, found: str) -> None:
        self.expected = expected
        self.found = found
        super().__init__(expected, found)


def describe(value: Any) -> str:
    """What a JSON value is, in words, without quoting it (it could be anything, a secret included)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string" if value else "an empty string"
    if isinstance(value, list):
        return f"a list of {len(value)}"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _record_error(model: str, uri: Any, field: str, expected: str, found: str) -> Exception:
    from fonds.errors import RecordError

    return RecordError(model, uri if isinstance(uri, str) else None, field, expected, found)


# ---------------------------------------------------------------------------------------------------------------
# Wire-keeping values: timestamps and UUIDs read from JSON remember their text and are written back as they came.


class WireDatetime(datetime.datetime):
    """An aware datetime that remembers the text it was read from (``_wire``), so an unchanged record writes it
    back unchanged. Arithmetic and ``replace()`` give datetimes that are written in ISO form (their ``_wire`` is
    unset)."""

    __slots__ = ("_wire",)  # (no instance dict: one allocation fewer a timestamp)

    if TYPE_CHECKING:
        _wire: str

    def __reduce_ex__(self, protocol: Any) -> Any:
        wire = getattr(self, "_wire", None)
        return (parse_datetime, (wire,)) if wire else super().__reduce_ex__(protocol)


class WireDate(datetime.date):
    """A date that remembers the text it was read from."""

    _wire: str | None = None

    def __reduce_ex__(self, protocol: Any) -> Any:
        return (_load_date, (self._wire,)) if self._wire else super().__reduce_ex__(protocol)


class WireUUID(uuid.UUID):
    """A UUID that remembers the text it was read from (upper case, braces...)."""

    _wire: str | None = None

    def __reduce_ex__(self, protocol: Any) -> Any:
        return (_load_uuid, (self._wire,)) if self._wire else super().__reduce_ex__(protocol)


def _load_date(text: str) -> Any:
    return DATE.load(text)


def _load_uuid(text: str) -> Any:
    return UUID.load(text)


_STAMPS: dict[str, WireDatetime] = {}


def parse_datetime(text: str) -> datetime.datetime:
    """A timestamp in any form the servers write, as an aware datetime that remembers ``text``.

    Example: ``parse_datetime("2020-03-19 13:14:44 UTC")`` and ``parse_datetime("2019-05-31T17:38:07Z")``.
    """
    known = _STAMPS.get(text)  # datetimes are immutable: records share them (a record's three stamps often agree)
    if known is not None:
        return known
    if len(_STAMPS) > 4096:
        _STAMPS.clear()
    _STAMPS[text] = result = _parse_datetime(text)
    return result


def _parse_datetime(text: str) -> WireDatetime:
    value = text
    if value.endswith("Z"):  # (Python 3.10 reads no Z)
        value = value[:-1] + "+00:00"
    elif value.endswith(" UTC"):
        value = value[:-4] + "+00:00"
    state = _from_iso(value).__reduce_ex__(4)[1]
    # A datetime subclass made from the pickled state of the parsed datetime: a third of the cost of passing its
    # nine fields (or of ``WireDatetime.fromisoformat``); in a harvest, a record's timestamps are mostly new.
    result: WireDatetime = _from_state(*state) if len(state) == 2 else _from_state(state[0], datetime.timezone.utc)
    result._wire = text
    return result


_from_iso = datetime.datetime.fromisoformat
_from_state: Any = WireDatetime  # (the stubs do not know the constructor's pickled-state form)


def _wire_text(value: Any) -> str:
    wire = getattr(value, "_wire", None)
    if wire is not None and type(value) in (WireDatetime, WireDate, WireUUID):
        return str(wire)
    return value.isoformat() if not isinstance(value, uuid.UUID) else str(value)


def dump(value: Any) -> Any:
    """``value`` as JSON data: records by their ``to_dict()``, timestamps and UUIDs as text (as they came when
    they were read from JSON), lists and mappings element by element."""
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [dump(item) for item in value]
    if isinstance(value, (datetime.date, uuid.UUID)):
        return _wire_text(value)
    if isinstance(value, dict):
        return {key: dump(item) for key, item in value.items()}
    return value


_SCALARS = frozenset({str, int, bool, float, type(None)})


def copy_json(value: Any) -> Any:
    """A deep copy of JSON data (dicts and lists copied, scalars shared). It also takes what a record that was
    read holds in its JSON (records, timestamps: written as JSON; ``UNSET``: left out)."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is dict or isinstance(value, dict):
        return {key: copy_json(item) for key, item in value.items() if item is not UNSET}
    if kind is list or isinstance(value, list):
        return [copy_json(item) for item in value]
    return dump(value) if isinstance(value, (Record, datetime.date, uuid.UUID)) else value


# ---------------------------------------------------------------------------------------------------------------
# Codecs: what a field's JSON must be, and how it becomes its Python value.


class Codec:
    """Turns one field's JSON value into its Python value (``load``), raising :class:`Mismatch` for a value of
    the wrong type; ``accepts`` is the cheap JSON-type test that unions dispatch on.

    A codec whose Python value is the JSON value itself (strings, numbers, booleans, nulls, constants and enums)
    says so with ``passes``: the JSON types it takes unchanged (``None`` for any value) and ``among``: the values
    it allows, if it is a choice. A record's first read checks such fields and leaves their JSON as it is; it
    writes the values of the others (lists, nested records, timestamps) over their JSON."""

    __slots__ = ("expected",)
    passes: tuple[type, ...] | bool | None = False
    among: frozenset[Any] | None = None

    def __init__(self, expected: str) -> None:
        self.expected = expected

    def accepts(self, value: Any) -> bool:
        raise NotImplementedError

    def load(self, value: Any) -> Any:
        raise NotImplementedError

    def holds(self, value: Any) -> bool:
        """Whether a record may send ``value`` (a Python value, assigned or read) for a field of this type: the
        check of a body before it is sent (see :func:`body_problem`). Lenient where the wire is: a timestamp may be
        text, a nested record a plain dict. Nested values (list items, a record's own fields) are checked apart."""
        return True

    def __repr__(self) -> str:
        return f"<codec {self.expected}>"


class _Scalar(Codec):
    __slots__ = ("passes", "types")

    def __init__(self, expected: str, types: tuple[type, ...]) -> None:
        super().__init__(expected)
        self.types = types
        self.passes = types

    def accepts(self, value: Any) -> bool:
        return type(value) in self.types

    def load(self, value: Any) -> Any:
        if type(value) in self.types:
            return value
        raise Mismatch(self.expected, describe(value))

    def holds(self, value: Any) -> bool:
        # (subclasses too: a str enum's members are text; but a boolean is no number)
        return isinstance(value, self.types) and (type(value) is not bool or bool in self.types)


class _Any(Codec):
    __slots__ = ()
    passes = None

    def accepts(self, value: Any) -> bool:
        return True

    def load(self, value: Any) -> Any:
        return value


class _Timestamp(Codec):
    __slots__ = ()

    def accepts(self, value: Any) -> bool:
        return type(value) is str

    def load(self, value: Any) -> Any:
        if type(value) is str:
            try:
                return parse_datetime(value)
            except ValueError:
                raise Mismatch(self.expected, "a string that is not a timestamp") from None
        raise Mismatch(self.expected, describe(value))

    def holds(self, value: Any) -> bool:
        return isinstance(value, (datetime.datetime, str))


class _Date(Codec):
    __slots__ = ()

    def accepts(self, value: Any) -> bool:
        return type(value) is str

    def load(self, value: Any) -> Any:
        if type(value) is str:
            try:
                parsed = datetime.date.fromisoformat(value)
            except ValueError:
                raise Mismatch(self.expected, "a string that is not a date") from None
            result = WireDate(parsed.year, parsed.month, parsed.day)
            result._wire = value
            return result
        raise Mismatch(self.expected, describe(value))

    def holds(self, value: Any) -> bool:
        return isinstance(value, (datetime.date, str))


class _Uuid(Codec):
    __slots__ = ()

    def accepts(self, value: Any) -> bool:
        return type(value) is str

    def load(self, value: Any) -> Any:
        if type(value) is str:
            try:
                result = WireUUID(value)
            except ValueError:
                raise Mismatch(self.expected, "a string that is not a UUID") from None
            object.__setattr__(result, "_wire", value)  # UUID forbids setattr
            return result
        raise Mismatch(self.expected, describe(value))

    def holds(self, value: Any) -> bool:
        return isinstance(value, (uuid.UUID, str))


class _File(Codec):
    __slots__ = ()

    def accepts(self, value: Any) -> bool:
        return isinstance(value, (bytes, File))

    def load(self, value: Any) -> Any:
        if isinstance(value, File):
            return value
        if isinstance(value, (bytes, bytearray)):
            return File(payload=io.BytesIO(value))
        raise Mismatch(self.expected, describe(value))


class Choice(Codec):
    """A value among a fixed set (a ``const`` or an ``enum``)."""

    __slots__ = ("among", "passes", "values")

    def __init__(self, values: frozenset[Any]) -> None:
        shown = ", ".join(repr(v) for v in sorted(values, key=repr)[:12])
        super().__init__(f"one of {shown}" if len(values) > 1 else shown)
        self.values = values
        self.among = values
        self.passes = tuple({type(v) for v in values})

    def accepts(self, value: Any) -> bool:
        return not isinstance(value, (dict, list)) and value in self.values

    def load(self, value: Any) -> Any:
        if not isinstance(value, (dict, list)) and value in self.values:
            return value
        found = repr(value) if isinstance(value, str) and len(value) <= 40 else describe(value)
        raise Mismatch(self.expected, found)

    def holds(self, value: Any) -> bool:
        try:
            among = not isinstance(value, (dict, list)) and value in self.values
        except Exception:  # (unhashable, or an object whose __hash__ or __eq__ raises: no value of this field)
            return False
        # (True == 1, but a boolean is no number)
        return among and isinstance(value, bool) == any(type(v) is bool for v in self.values)


class ModelCodec(Codec):
    """A nested record of a generated model class (imported on first use)."""

    __slots__ = ("_cls", "class_name", "module")

    def __init__(self, module: str, class_name: str) -> None:
        super().__init__(f"an object ({class_name})")
        self.module = module
        self.class_name = class_name
        self._cls: type[Record] | None = None

    @property
    def cls(self) -> type[Record]:
        if self._cls is None:
            self._cls = getattr(importlib.import_module(f"{_MODELS}.{self.module}"), self.class_name)
        return self._cls

    def accepts(self, value: Any) -> bool:
        return type(value) is dict

    def load(self, value: Any) -> Any:
        if type(value) is dict:
            record = _new(self._cls or self.cls)
            record._json = value
            return record
        raise Mismatch(self.expected, describe(value))

    def load_many(self, values: list[Any]) -> list[Any]:
        """Records of every object in ``values`` (the common case of a list of records, in one loop)."""
        cls = self._cls or self.cls
        out: list[Any] = []
        append = out.append
        for value in values:
            if type(value) is not dict:
                raise Mismatch(self.expected, describe(value))
            record = _new(cls)
            record._json = value
            append(record)
        return out

    def holds(self, value: Any) -> bool:
        return isinstance(value, (self._cls or self.cls, UnknownRecord, dict))


class _Resolved(Codec):
    """A linked record embedded by ``resolve[]`` (``_resolved``): the model its ``jsonmodel_type`` names, or an
    :class:`UnknownRecord` for a type the package has no model of."""

    __slots__ = ()

    def accepts(self, value: Any) -> bool:
        return type(value) is dict

    def load(self, value: Any) -> Any:
        if type(value) is not dict:
            raise Mismatch(self.expected, describe(value))
        return (record_class(value.get("jsonmodel_type")) or UnknownRecord)._from_json(value)

    def holds(self, value: Any) -> bool:
        return isinstance(value, (Record, Mapping))


_CLASSES: dict[str, type[Record] | None] = {}


def record_class(jsonmodel_type: Any) -> type[Record] | None:
    """The model class of a record type (``"archival_object"`` -> ``ArchivalObject``), or None if there is none.

    Example: ``record_class("subject").from_dict(data)``.
    """
    if not isinstance(jsonmodel_type, str):
        return None
    if jsonmodel_type in _CLASSES:
        return _CLASSES[jsonmodel_type]
    found: type[Record] | None = None
    if jsonmodel_type.isidentifier():
        name = "".join(part.capitalize() for part in jsonmodel_type.split("_"))
        try:
            candidate = getattr(importlib.import_module(f"{_MODELS}.{jsonmodel_type}"), name, None)
        except ImportError:
            candidate = None
        if isinstance(candidate, type) and issubclass(candidate, Record):
            found = candidate
    _CLASSES[jsonmodel_type] = found
    return found


class ListOf(Codec):
    """A JSON array, each item through ``item``."""

    __slots__ = ("item",)

    def __init__(self, item: Codec) -> None:
        super().__init__(f"a list of {item.expected}")
        self.item = item

    def accepts(self, value: Any) -> bool:
        return type(value) is list and (not value or self.item.accepts(value[0]))

    def load(self, value: Any) -> Any:
        if type(value) is not list:
            raise Mismatch(self.expected, describe(value))
        item = self.item
        try:
            if type(item) is ModelCodec:
                return item.load_many(value)
            return [item.load(element) for element in value]
        except Mismatch as exc:
            raise Mismatch(self.expected, f"{exc.found} in the list") from None

    def holds(self, value: Any) -> bool:
        return isinstance(value, (list, tuple))


class MapOf(Codec):
    """A JSON object used as a mapping, each value through ``value``."""

    __slots__ = ("value",)

    def __init__(self, value: Codec) -> None:
        super().__init__(f"an object of {value.expected}")
        self.value = value

    def accepts(self, value: Any) -> bool:
        return type(value) is dict

    def load(self, value: Any) -> Any:
        if type(value) is not dict:
            raise Mismatch(self.expected, describe(value))
        load = self.value.load
        return {key: load(item) for key, item in value.items()}

    def holds(self, value: Any) -> bool:
        return isinstance(value, Mapping)


class OneOf(Codec):
    """A union. Records that carry a discriminating property (``jsonmodel_type``...) are dispatched on it in one
    lookup; a value of that property no branch knows keeps the record as an :class:`UnknownRecord`. Other
    branches are told apart by their JSON type, in the spec's order."""

    __slots__ = ("_classes", "branches", "by_tag", "passes", "tag", "tagged_records")

    def __init__(self, branches: tuple[Codec, ...], tag: str | None = None, by_tag: Mapping[Any, Codec] | None = None):
        super().__init__(" or ".join(b.expected for b in branches))
        self.branches = branches
        self.tag = tag
        self.by_tag = dict(by_tag or {})
        # A union of plain JSON types (``int | str``, ``str | None``) passes its values through unchanged.
        plain = all(type(b) is _Scalar for b in branches)
        self.passes = tuple(t for b in branches for t in b.types) if plain else False  # type: ignore[attr-defined]
        #: Whether every branch is a record told apart by the tag (then a list of them is read in one loop).
        self.tagged_records = (
            bool(tag) and all(type(b) is ModelCodec for b in branches) and len(self.by_tag) == len(branches)
        )
        self._classes: dict[Any, type[Record]] | None = None

    def classes(self) -> dict[Any, type[Record]]:
        """The record class of each tag value (for a union of records only)."""
        if self._classes is None:
            self._classes = {tag: branch.cls for tag, branch in self.by_tag.items()}
        return self._classes

    def accepts(self, value: Any) -> bool:
        return any(branch.accepts(value) for branch in self.branches)

    def load(self, value: Any) -> Any:
        if self.tag is not None and type(value) is dict:
            tag = value.get(self.tag)
            branch = self.by_tag.get(tag) if isinstance(tag, str) else None  # (a list or an object is no tag)
            if branch is not None:
                return branch.load(value)
            if self.tag in value:
                return UnknownRecord._from_json(value)
        candidates = [branch for branch in self.branches if branch.accepts(value)]
        if len(candidates) > 1 and type(value) is dict:
            for branch in candidates:
                if isinstance(branch, ModelCodec) and branch.cls._required_wires <= value.keys():
                    return branch.load(value)
        for branch in candidates:
            try:
                return branch.load(value)
            except Mismatch:
                continue
        raise Mismatch(self.expected, describe(value))

    def holds(self, value: Any) -> bool:
        return self.branch_holding(value) is not None or (self.tag is not None and isinstance(value, UnknownRecord))

    def branch_holding(self, value: Any) -> Codec | None:
        """The first branch that holds ``value`` (see :meth:`Codec.holds`), or None."""
        return next((branch for branch in self.branches if branch.holds(value)), None)


STR = _Scalar("a string", (str,))
INT = _Scalar("an integer", (int,))
NUMBER = _Scalar("a number", (int, float))
BOOL = _Scalar("a boolean", (bool,))
NONE = _Scalar("null", (type(None),))
ANY: Codec = _Any("any JSON value")
DATETIME = _Timestamp("a timestamp")
DATE = _Date("a date")
UUID = _Uuid("a UUID")
FILE = _File("a file")
RESOLVED = _Resolved("a record")
OBJECT = _Scalar("an object", (dict,))
_models: dict[tuple[str, str], ModelCodec] = {}


def model(module: str, class_name: str) -> ModelCodec:
    """The (shared) codec of the generated model ``class_name`` in ``models/<module>.py``."""
    key = (module, class_name)
    codec = _models.get(key)
    if codec is None:
        codec = _models[key] = ModelCodec(module, class_name)
    return codec


def one_of(*branches: Codec, tag: str | None = None, tags: tuple[Any, ...] = ()) -> OneOf:
    """A union; ``tag`` names the discriminating property and ``tags`` its value in each branch, in order."""
    return OneOf(branches, tag, dict(zip(tags, branches, strict=False)) if tag else None)


def choice(*values: Any) -> Choice:
    """One of ``values`` (a ``const`` or an ``enum``)."""
    return Choice(frozenset(values))


# ---------------------------------------------------------------------------------------------------------------
# Records


class Field:
    """One field of a model: its Python name, its wire name, its codec and whether the spec requires it. On the
    class it is the descriptor that reads the field from the record's JSON on first access and caches the value
    in the instance (which then shadows it: later reads cost a plain attribute lookup)."""

    __slots__ = ("codec", "empty", "name", "required", "wire")

    def __init__(self, name: str, wire: str, codec: Codec, required: bool = False, *, empty: bool = False) -> None:
        self.name = name
        self.wire = wire
        self.codec = codec
        self.required = required
        #: An absent value reads as ``[]`` (a list the server always sends; older versions leave some out).
        self.empty = empty

    @property
    def plain(self) -> bool:
        """Whether the field's value is its JSON value, checked by type (and membership) alone."""
        return self.codec.passes is not False

    def __get__(self, record: Record | None, owner: type | None = None) -> Any:
        if record is None:
            return self
        try:
            data = record._json
        except AttributeError:  # built by keyword, and the field deleted since
            return self._deleted(record, record.__dict__)
        state = record.__dict__
        if state is not data and "_first_read" not in state:
            state = _first_read(record, data)
        if self.name in state:  # read just now, or by another thread since this lookup began
            return state[self.name]
        unread = state.get("_first_read")  # (on a record read field by field: the fields not read yet)
        if state is data or (type(unread) is set and self.name not in unread):  # read, and deleted since
            return self._deleted(record, state)
        raw = data.get(self.wire, UNSET)
        if raw is UNSET:
            if self.required:
                raise _record_error(type(record).__name__, data.get("uri"), self.wire, self.codec.expected, "nothing")
            value = [] if self.empty else UNSET
        else:
            try:
                value = self.codec.load(raw)
            except Mismatch as exc:
                raise _record_error(
                    type(record).__name__, data.get("uri"), self.wire, exc.expected, exc.found
                ) from None
        # (another thread may have read the field since: the first value stored is everyone's, so that no two
        # records ever wrap one JSON object, whose first read would rewrite it under the other)
        value = state.setdefault(self.name, value)
        if type(unread) is set:
            unread.discard(self.name)
        return value

    def _deleted(self, record: Record, state: dict[str, Any]) -> Any:
        """A field deleted (``del record.field``) reads as an absent one does: ``UNSET``, or ``[]`` for a list the
        server always sends, which ``to_dict()`` leaves out while it stays empty. (Never its JSON again: a nested
        record read from it could have rewritten it.)"""
        if not self.empty:
            return UNSET
        value = state.setdefault(self.name, [])
        absent = getattr(record, "_absent", ())
        if self.wire not in absent:
            record._absent = (*absent, self.wire)
        return value


_LIST, _EMPTY, _STAMP = object(), object(), object()


_FIRST_READ = threading.Lock()
_NOT_COMPILED: Any = object()
#: By class, the compiled first reads of the shapes its records came in (the keys of their JSON, in order): None
#: for a shape that cannot be read in place (a required field absent, or a key that would hide an attribute).
_IN_PLACE: dict[type[Record], dict[tuple[str, ...], Any]] = {}
#: Shapes compiled per model at most; records of any other shape share a function that looks each field up.
_SHAPES_PER_MODEL = 64


def _first_read(record: Record, data: dict[str, Any]) -> dict[str, Any]:
    """On the first access to any field of ``record``, read its top level and return its new ``__dict__``.

    Each model gets its own straight-line functions for this, compiled from its field table on first use (as attrs
    compiles ``__init__``): a loop over the table costs twice as much. There is one for each shape the model's
    records come in (see :func:`_compile_in_place`), which takes the record's values at once. It checks the type
    of every field and, if all are sound, writes the Python value of each field that is not plain JSON over its
    JSON, in the record's own JSON object: nested records become unread views of their JSON, timestamps
    ``WireDatetime``\\ s, absent optional fields ``UNSET``. That object then becomes the record's ``__dict__``
    ("read in place"): every later read is a plain attribute lookup, and ``to_dict()`` writes each value back as
    it came.

    The function gives up, leaving the JSON untouched, on the first field that is absent and required or of the
    wrong type. Such a record, or one with fields assigned before its first read, or with a key that would hide
    one of the model's attributes (a method such as ``to_dict``), gets a state of its own instead, settled field
    by field and leaving the damaged fields out, so that reading one raises its typed error. A lock makes the
    first read happen once when threads race to it."""
    cls = type(record)
    _FIRST_READ.acquire()  # (by hand: a with statement costs four times as much)
    try:
        state = record.__dict__
        if state is data or "_first_read" in state:  # another thread got here first
            return state
        if not state:  # nothing was assigned before this first read
            shape = tuple(data)
            in_place = _IN_PLACE.get(cls, _NO_SHAPES).get(shape, _NOT_COMPILED)
            if in_place is _NOT_COMPILED:
                in_place = _compile_in_place(cls, shape)
            if in_place is not None:
                absent = in_place(data)
                if absent is not None:
                    if absent:
                        record._absent = absent
                    record._keys = shape
                    record.__dict__ = data
                    return data
        _settle_slowly(cls, state, data)
        # The fields not read yet (a field read and deleted since is not read again) last: a read in another thread
        # waits for the lock until the state is full.
        state["_first_read"] = set(cls._fields).difference(state)
        return state
    finally:
        _FIRST_READ.release()


def _demote(record: Record, data: dict[str, Any]) -> dict[str, Any]:
    """Give a record read in place a state of its own (for its unknown keys: ``additional_properties``), and give
    its JSON back the values it came with. Returns the new state."""
    _FIRST_READ.acquire()
    try:
        state = record.__dict__
        return _demoted(record, data) if state is data else state
    finally:
        _FIRST_READ.release()


def _demoted(record: Record, data: dict[str, Any]) -> dict[str, Any]:
    fields = [field for field in type(record)._order if field.name in data]  # (not those deleted since)
    state: dict[str, Any] = {"_first_read": set()}  # (every field read)
    for field in fields:
        state[field.name] = data[field.name]
    for key in _assigned(record, data):  # attributes that are no fields (``additional_properties`` included)
        state[key] = data.pop(key)
    absent = getattr(record, "_absent", ())
    record._absent = ()
    record.__dict__ = state  # first, so that a read in another thread sees the values, never the JSON
    for field in type(record)._order:
        name, wire = field.name, field.wire
        if name not in state:
            data.pop(wire, None)
            continue
        value = state[name]
        if name != wire:
            del data[name]
        if value is UNSET or (wire in absent and value == []):
            data.pop(wire, None)
        elif type(value) not in _SCALARS or name != wire:
            data[wire] = copy_json(value)
    return state


def _assigned(record: Record, data: dict[str, Any]) -> list[str]:
    """The attributes assigned to a record read in place that are neither fields nor keys of the JSON it came
    with (they sit in its JSON, its ``__dict__``, and are no part of the record's JSON: ``to_dict()`` leaves
    them out)."""
    keys = getattr(record, "_keys", None)
    if keys is None:  # (pickled before records kept their keys)
        return []
    names = type(record)._names
    return [key for key in data if key not in names and key not in keys]


def _settle_slowly(cls: type[Record], state: dict[str, Any], data: dict[str, Any]) -> None:
    """The first read of a record that is not read in place (damaged, with fields assigned before, or with a key
    that would hide an attribute): into its own ``state``, every sound plain field, every absent optional field
    (``UNSET``), every empty list and every timestamp already seen; the rest is read field by field."""
    setdefault = state.setdefault
    get = data.get
    for name, wire, passes, among, required in cls._plain:
        value = get(wire, UNSET)
        if value is UNSET:
            if not required:
                setdefault(name, UNSET)
        elif passes is None or (type(value) in passes and (among is None or value in among)):
            setdefault(name, value)
    for name, wire, kind in cls._rich:
        value = get(wire, UNSET)
        if value is UNSET:
            setdefault(name, [] if kind is _EMPTY else UNSET)
        elif kind is _LIST or kind is _EMPTY:
            if value == []:
                setdefault(name, [])
        elif kind is _STAMP and type(value) is str:
            known = _STAMPS.get(value)
            if known is not None:
                setdefault(name, known)


def _own_state(state: dict[str, Any]) -> dict[str, Any]:
    """``state`` (a record's copied ``__dict__``) with copies of what the record changes in place in it: its
    ``additional_properties`` and the fields it has not read yet."""
    for key in ("additional_properties", "_extra_items", "_first_read"):
        value: Any = state.get(key)
        if type(value) in (dict, set):
            state[key] = value.copy()
    return state


def _write_extra(out: dict[str, Any], extra: Mapping[str, Any], wires: frozenset[str]) -> None:
    """Write a record's ``additional_properties`` into its JSON ``out`` in place of the unknown keys it has."""
    for key in [k for k in out if k not in wires and k not in extra]:
        del out[key]
    for key, value in extra.items():
        out[key] = dump(value)


_NO_SHAPES: dict[tuple[str, ...], Any] = {}  # (a model none of whose records were read yet; never written)


def _compile_in_place(cls: type[Record], shape: tuple[str, ...]) -> Any:
    """The function that reads a record of ``cls`` whose JSON has the keys ``shape`` in place (see
    :func:`_first_read`), or None if it cannot be. It returns None, having changed nothing, if a field is of the
    wrong type; else it writes the fields' values over their JSON (a renamed field's beside it, under its Python
    name: ``resolved`` beside ``_resolved``) and returns the wires of the absent lists it wrote as ``[]`` (so that
    ``to_dict()`` leaves them out while they stay empty).

    Records of one model mostly come in a few shapes (a server writes the fields of a model in one order, and
    leaves out those it has no value for), and a function compiled for a shape takes all the values at once
    instead of looking each field up. Past :data:`_SHAPES_PER_MODEL` shapes, one function for any shape serves."""
    shapes = _IN_PLACE.get(cls)
    if shapes is None:
        shapes = _IN_PLACE[cls] = {}
        cls._hazards = _hazards(cls)
    keys = frozenset(shape)
    readable = (
        bool(cls._order)
        and keys.isdisjoint(cls._hazards)
        and cls._required_wires <= keys
        and not any(key.startswith("__") for key in shape)  # (``__reduce_ex__``, ``__deepcopy__``: copy and pickle)
    )
    if len(shapes) >= _SHAPES_PER_MODEL:  # (kept by shape no more: the table stays bounded)
        if not readable:
            return None
        any_shape = _ANY_SHAPE.get(cls)
        if any_shape is None:
            any_shape = _ANY_SHAPE[cls] = _in_place_function(cls, None)
        return any_shape
    in_place = shapes[shape] = _in_place_function(cls, shape) if readable else None
    return in_place


#: By class, the compiled first read that looks each field up, for records past the model's shapes.
_ANY_SHAPE: dict[type[Record], Any] = {}


def _hazards(cls: type[Record]) -> frozenset[str]:
    """The names a JSON key must not have for a record to be read in place: the class's public attributes that
    an instance's ``__dict__`` would hide (methods, ``additional_properties``), and the Python names of renamed
    fields. (The runtime reaches the private ones through the class; any key that starts with ``__`` is a hazard
    too, as copy and pickle look names such as ``__reduce_ex__`` up on the instance.)"""
    names = {field.name for field in cls._order if field.name != field.wire}
    for klass in cls.__mro__:
        for name, value in vars(klass).items():
            if name.startswith("_") or (isinstance(value, Field) and value.name == value.wire):
                continue
            if not hasattr(type(value), "__set__"):  # (properties and slots come before the instance's dict)
                names.add(name)
    return frozenset(names)


def _in_place_function(cls: type[Record], shape: tuple[str, ...] | None) -> Any:
    """The source of a first read (see :func:`_compile_in_place`), compiled: for records with the keys ``shape``,
    which it unpacks at once (the required fields are among them), or for any record if ``shape`` is None."""
    check = ["def read_in_place(data):"]
    if shape is None:
        check.append("    get = data.get")
    else:
        at = {field.wire: i for i, field in enumerate(cls._order)}
        check.append(f"    [{', '.join(f'v{at[key]}' if key in at else '_' for key in shape)}] = data.values()")
    check.append("    try:")
    check.append("        pass")  # (a shape with none of the fields)
    write = ["    absent = ()"]
    constants: dict[str, Any] = {"U": UNSET, "stamp": parse_datetime, "seen": _STAMPS.get, "new": _new}
    constants.update(NoneType=type(None), tagged=_wrap_tagged, Mismatch=Mismatch)
    present = None if shape is None else frozenset(shape)
    missing: list[Field] = []  # (in a shape: the fields it has no key for, all optional)
    for index, field in enumerate(cls._order):
        codec, wire, v = field.codec, field.wire, f"v{index}"
        key = field.name  # (the wire name, but for a renamed field, whose JSON stays under its wire name)
        if present is not None and wire not in present:
            if field.empty and not field.plain:
                write.append(f"    data[{key!r}] = []")
                missing.append(field)
            else:
                write.append(f"    data[{key!r}] = U")
            continue
        known = field.required or present is not None  # (the value is there: no test of its absence)
        if present is None:
            check.append(f"        {v} = get({wire!r}, U)")
        absent = f"{v} is U" if not known else "False"
        if field.plain:  # written only when absent (as UNSET)
            passes, among = codec.passes, codec.among
            if isinstance(passes, tuple):
                if len(passes) == 1 and passes[0] in (str, int, bool, float, dict, list, type(None)):
                    test = f"type({v}) is {'NoneType' if passes[0] is type(None) else passes[0].__name__}"
                else:
                    constants[f"t{index}"] = frozenset(passes)
                    test = f"type({v}) in t{index}"
                if among is not None:
                    constants[f"a{index}"] = among
                    test += f" and {v} in a{index}"
                check.append(f"        if not ({test}){'' if known else f' and {v} is not U'}: return None")
            if field.name != wire:  # (a renamed field's value is kept under its Python name)
                write.append(f"    data[{field.name!r}] = {v}")
            elif not known:
                write.append(f"    if {v} is U: data[{wire!r}] = U")
            continue
        item = codec.item if isinstance(codec, ListOf) else None
        if type(item) is ModelCodec or (type(item) is OneOf and item.tagged_records):
            check.append(f"        if type({v}) is list:")
            check.append(f"            if not {v}: {v} = None  # (an empty list is its own value)")
            if type(item) is ModelCodec:
                constants[f"c{index}"] = item.cls
                check.append("            else:")  # the loop written out: a call per list costs more
                check.append("                out = []")
                check.append(f"                for x in {v}:")
                check.append("                    if type(x) is not dict: return None")
                check.append(f"                    w = new(c{index})")
                check.append("                    w._json = x")
                check.append("                    out.append(w)")
                check.append(f"                {v} = out")
            else:  # a list of records told apart by their tag; a tag no model has makes an UnknownRecord
                constants[f"c{index}"] = item.classes()  # type: ignore[union-attr]
                constants[f"l{index}"] = codec.load
                check.append(f"            else: {v} = tagged(c{index}, {item.tag!r}, {v}) or l{index}({v})")  # type: ignore[union-attr]
            check.append(f"        elif not ({absent}): return None")
        elif type(codec) is ModelCodec:
            constants[f"c{index}"] = codec.cls
            check.append(f"        if type({v}) is dict:")
            check.append(f"            w = new(c{index})")
            check.append(f"            w._json = {v}")
            check.append(f"            {v} = w")
            check.append(f"        elif not ({absent}): return None")
        elif codec is DATETIME:  # (a timestamp seen before is shared: see parse_datetime)
            check.append(f"        if type({v}) is str: {v} = seen({v}) or stamp({v})")
            check.append(f"        elif not ({absent}): return None")
        else:  # unions, mappings, dates, lists of other values: through the codec
            constants[f"l{index}"] = codec.load
            if type(codec) is ListOf:
                check.append(f"        if type({v}) is list and not {v}: {v} = None")
                check.append(f"        {'else' if present is not None else f'elif {v} is not U'}: {v} = l{index}({v})")
            elif present is not None:
                check.append(f"        {v} = l{index}({v})")
            else:
                check.append(f"        if {v} is not U: {v} = l{index}({v})")
            if field.required and present is None:
                check.append("        else: return None")
        if not known:
            if field.empty:
                write.append(f"    if {v} is U: data[{key!r}] = []; absent = (*absent, {wire!r})")
            else:
                write.append(f"    if {v} is U: data[{key!r}] = U")
        write.append(f"    {'el' if not known else ''}if {v} is not None: data[{key!r}] = {v}")
        if key != wire:
            write.append(f"    else: data[{key!r}] = data[{wire!r}]")
    check.append("    except (Mismatch, ValueError):")  # (a timestamp that is not one)
    check.append("        return None")
    if missing:  # (a shape's absent lists are known in advance)
        write[0] = f"    absent = {tuple(field.wire for field in missing)!r}"
    source = "\n".join([*check, *write, "    return absent"])
    namespace = dict(constants)
    exec(source, namespace)  # noqa: S102 (source built above from the class's own field table)
    return namespace["read_in_place"]


def _wrap_tagged(classes: dict[Any, type[Record]], tag: str, values: list[Any]) -> list[Any] | None:
    """Unread records over the objects in ``values``, each of the class its ``tag`` names; None if one is not an
    object or has a tag no class has."""
    out: list[Any] = []
    append = out.append
    for value in values:
        if type(value) is not dict:
            return None
        found = value.get(tag)
        cls = classes.get(found) if type(found) is str else None
        if cls is None:
            return None
        record = _new(cls)
        record._json = value
        append(record)
    return out


class _Extra:
    """The descriptor of ``additional_properties``: the keys the model does not know, read on first access."""

    def __get__(self, record: Record | None, owner: type | None = None) -> Any:
        if record is None:
            return self
        try:
            data = record._json
        except AttributeError:
            raise AttributeError("additional_properties") from None
        state = record.__dict__
        if state is not data and "_first_read" not in state:  # (a read: the fields are read first)
            state = _first_read(record, data)
        if state is data:  # read in place: the record takes a state of its own, which holds its unknown keys
            state = _demote(record, data)
        return state.setdefault("additional_properties", type(record)._load_extra(record, data))


class Record:
    """Base of every generated model (see the module's docstring).

    Example::

        accession = Accession.from_dict(json_object)
        accession.title = "New title"
        payload = accession.to_dict()     # the JSON it came from, with the new title

    ``attrs.evolve(record, title=...)`` builds a new record by keyword from the field values: it loses the JSON
    (unknown keys, key order, absent lists come back as ``[]``) and raises on a damaged field. To change a record
    and keep its JSON, copy it and assign: ``twin = copy.copy(record); twin.title = "New"``.
    """

    # ``_json``: the decoded JSON a record parsed from an answer holds (unset on a record built by keyword; once
    # the record is read in place, it is also its ``__dict__``). ``_absent``: the wires of the lists such a read
    # found absent and wrote as ``[]``. ``_keys``: the keys of the JSON such a record came with (shared by the
    # records of a shape), which tell its unknown keys from the attributes assigned to it since.
    __slots__ = ("__dict__", "_absent", "_json", "_keys")

    _fields: ClassVar[dict[str, Field]] = {}
    _order: ClassVar[tuple[Field, ...]] = ()
    _wires: ClassVar[frozenset[str]] = frozenset()
    _names: ClassVar[frozenset[str]] = frozenset()  # (the fields' Python and wire names)
    _required_wires: ClassVar[frozenset[str]] = frozenset()
    _extra: ClassVar[Codec | None] = None
    _plain: ClassVar[tuple[tuple[str, str, Any, Any, bool], ...]] = ()
    _rich: ClassVar[tuple[tuple[str, str, object], ...]] = ()
    _hazards: ClassVar[frozenset[str]] = frozenset()
    _renamed: ClassVar[tuple[Field, ...]] = ()

    if TYPE_CHECKING:
        _json: dict[str, Any]
        _absent: tuple[str, ...]
        _keys: tuple[str, ...]

    @classmethod
    def from_dict(cls: type[R], src_dict: Mapping[str, Any]) -> R:
        """A record over a copy of ``src_dict`` (a JSON object): fields are read from it when first accessed, and
        ``src_dict`` is left as it is."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise _record_error(cls.__name__, None, "(the record)", "a JSON object", describe(src_dict))
        return cls._from_json(copy_json(dict(src_dict)))

    @classmethod
    def _from_json(cls: type[R], data: dict[str, Any]) -> R:
        """A record over ``data``, which it keeps, and may write its values into (the decoder's own dict: no copy)."""
        record = _new(cls)
        record._json = data
        return record

    def _load_extra(self, data: dict[str, Any]) -> dict[str, Any]:
        cls = type(self)
        wires = cls._wires
        codec = cls._extra
        extra = {key: value for key, value in data.items() if key not in wires}
        if codec is None or codec is ANY:
            return extra
        try:
            return {key: codec.load(value) for key, value in extra.items()}
        except Mismatch as exc:
            raise _record_error(cls.__name__, data.get("uri"), "(unknown fields)", exc.expected, exc.found) from None

    def to_dict(self) -> dict[str, Any]:
        """The record as JSON data: for a parsed record, the JSON it came from (unknown keys, nulls and timestamp
        text included) with the fields that were set or changed written over it; a field set to ``UNSET`` is
        left out. The result is a new object: changing it does not change the record."""
        cls = type(self)
        state = self.__dict__
        data = getattr(self, "_json", None)
        if data is None:
            out: dict[str, Any] = {}
            absent = getattr(self, "_absent", ())  # (lists deleted and left empty since)
            for field in cls._order:
                value = state.get(field.name, UNSET)
                if value is not UNSET and not (value == [] and field.wire in absent):
                    out[field.wire] = dump(value)
            extra = state.get("additional_properties")
            if extra:
                for key, value in extra.items():
                    out[key] = dump(value)
            return out
        if state is data:  # read in place: the JSON holds the values (a renamed field's under its Python name)
            keys = getattr(self, "_keys", None)
            if keys is None:
                out = copy_json(data)
            else:  # (not the attributes assigned since that are no fields)
                names = cls._names
                out = {
                    key: copy_json(value)
                    for key, value in data.items()
                    if value is not UNSET and (key in names or key in keys)
                }
            for field in cls._renamed:
                value = out.pop(field.name, UNSET)
                if value is UNSET:
                    out.pop(field.wire, None)
                else:
                    out[field.wire] = value
            for wire in getattr(self, "_absent", ()):
                if out.get(wire) == []:
                    del out[wire]  # an absent list read as [] and left empty
            if "additional_properties" in data and keys is not None:  # assigned: it replaces the unknown keys
                _write_extra(out, data["additional_properties"], cls._wires)
            return out
        out = copy_json(data)
        absent = getattr(self, "_absent", ())  # (lists deleted and left empty since)
        unread = state.get("_first_read")
        for field in cls._order:
            if field.name in state:
                value = state[field.name]
                if value is UNSET or (field.empty and value == [] and (field.wire not in data or field.wire in absent)):
                    out.pop(field.wire, None)  # unset, or an absent list read as [] and left empty
                else:
                    out[field.wire] = dump(value)
            elif type(unread) is set and field.name not in unread:
                out.pop(field.wire, None)  # read, and deleted since
        if "additional_properties" in state:
            _write_extra(out, state["additional_properties"], cls._wires)
        for key, value in state.get("_extra_items", {}).items():  # (read alone: see _extra_item)
            out[key] = dump(value)
        return out

    def __copy__(self: R) -> R:
        """A record of its own: assigning to the copy (a field, an unknown key, ``del``) leaves the original as it
        is. As in any shallow copy, the two share their fields' values (nested records, lists); ``copy.deepcopy``
        shares nothing."""
        twin = _new(type(self))
        data = getattr(self, "_json", None)
        state = self.__dict__
        if data is not None and state is not data and "_first_read" not in state:
            state = _first_read(self, data)  # (the values first, that the copy then shares)
        for slot in ("_absent", "_keys"):
            if hasattr(self, slot):
                setattr(twin, slot, getattr(self, slot))
        if data is None:  # built by keyword
            twin.__dict__ = _own_state(dict(state))
        elif state is data:  # read in place: its copy too, over a JSON of its own
            own = _own_state(dict(data))
            names, keys = type(self)._names, getattr(self, "_keys", ())
            for key in own:  # the unknown keys' JSON (a read of them as records would rewrite it)
                if key not in names and key in keys:
                    own[key] = copy_json(own[key])
            twin._json = own
            twin.__dict__ = own
        else:  # read field by field: its sound fields first (the copy shares them); the JSON is the copy's own
            from fonds.errors import RecordError

            for field in type(self)._order:
                if field.name not in state:
                    try:
                        field.__get__(self)
                    except RecordError:
                        continue  # (a damaged field: JSON in both, and read, raising, in each)
            twin._json = copy_json(data)
            twin.__dict__ = _own_state(dict(state))
        return twin

    def __getstate__(self) -> Any:
        return getattr(self, "_json", None), self.__dict__, getattr(self, "_absent", ()), getattr(self, "_keys", None)

    def __setstate__(self, pickled: Any) -> None:
        data, state, absent, keys = pickled if len(pickled) == 4 else (*pickled, None)
        if data is not None:
            self._json = data
        if absent:
            self._absent = absent
        if keys is not None:
            self._keys = keys
        self.__dict__ = state  # (the JSON itself for a record read in place: pickle keeps them one object)

    @property
    def additional_keys(self) -> list[str]:
        """The keys of fields the model does not know (plugins, newer servers)."""
        from fonds.errors import RecordError

        try:
            return list(self.additional_properties.keys())
        except RecordError:  # (a value that is not of the model's type for them: the keys are known all the same)
            return [key for key in self._json if key not in type(self)._wires]

    def __getitem__(self, key: str) -> Any:
        from fonds.errors import RecordError

        try:
            extra = self.additional_properties
        except RecordError:  # another key's value is damaged: this one is read alone
            return _extra_item(self, key)
        return extra[key]

    def __setitem__(self, key: str, value: Any) -> None:
        _refuse_item(self, key)
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        _refuse_item(self, key)
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_keys

    if TYPE_CHECKING:
        additional_properties: dict[str, Any]

    def __repr__(self) -> str:
        parts = []
        for field in type(self)._order:
            try:
                value = getattr(self, field.name)
            except Exception:
                parts.append(f"{field.name}=<unreadable>")
                continue
            if value is not UNSET:
                shown = "'***'" if field.wire in _SECRET_FIELDS and isinstance(value, str) and value else repr(value)
                parts.append(f"{field.name}={shown}")
        return f"{type(self).__name__}({', '.join(parts)})"


def _uri(record: Record) -> Any:
    uri = record.__dict__.get("uri")
    return uri if uri is not None else getattr(record, "_json", {}).get("uri")


def _refuse_item(record: Record, key: str) -> None:
    """Item assignment is for the keys the model does not know: a field's wire name is refused (``record.title
    = ...`` sets the field, as a Python value), as is any key on a model that takes no unknown keys."""
    cls = type(record)
    field = next((field for field in cls._order if field.wire == key), None)
    if field is not None:
        raise _record_error(
            cls.__name__, _uri(record), key, f"to be set as its attribute (record.{field.name})", "an item assignment"
        )
    if cls._extra is None:
        raise _record_error(cls.__name__, _uri(record), key, "no key the model does not know", "an item assignment")


def _extra_item(record: Record, key: str) -> Any:
    """The unknown key ``key`` read alone (another's value is damaged, so ``additional_properties`` is not
    readable), kept in the record's state (``_extra_items``), which ``to_dict()`` writes back."""
    cls, data = type(record), record._json
    items = record.__dict__.setdefault("_extra_items", {})
    if key in items:
        return items[key]
    if key in cls._wires or key not in data:
        raise KeyError(key)
    try:
        value = cls._extra.load(data[key])  # type: ignore[union-attr]
    except Mismatch as exc:
        raise _record_error(cls.__name__, data.get("uri"), key, exc.expected, exc.found) from None
    return items.setdefault(key, value)


def _unknown_json(record: Record) -> Any:
    """A record's unknown keys, as its ``to_dict()`` writes them (for ``==``: no reading, no state taken)."""
    state = record.__dict__
    extra = state.get("additional_properties")
    data = getattr(record, "_json", None)
    if extra is not None or data is None:
        return dump(extra or {})
    if state is not data:
        return {key: value for key, value in data.items() if key not in type(record)._wires} | dump(
            state.get("_extra_items", {})
        )
    names, keys = type(record)._names, getattr(record, "_keys", None)
    return {key: value for key, value in data.items() if key not in names and (keys is None or key in keys)}


def _record_eq(self: Record, other: object) -> Any:
    """``==`` of records of a model: their fields and unknown keys, compared as attrs compares (values, not their
    JSON text). It never raises: when a field of either does not read (damaged), their ``to_dict()`` are compared."""
    if not isinstance(other, Record) or other.__class__ is not self.__class__:
        return NotImplemented
    from fonds.errors import RecordError

    try:
        for field in type(self)._order:
            if getattr(self, field.name) != getattr(other, field.name):
                return False
    except RecordError:
        return bool(self.to_dict() == other.to_dict())
    return bool(_unknown_json(self) == _unknown_json(other))


def _record_ne(self: Record, other: object) -> Any:
    equal = _record_eq(self, other)
    return equal if equal is NotImplemented else not equal


# ---------------------------------------------------------------------------------------------------------------
# Bodies checked before they are sent


def body_problem(value: Any, where: str = "body") -> tuple[str, str, str] | None:
    """Where a record about to be sent (a request body) holds a value its field's type cannot have, what that
    field wants and what it holds (never quoted: it could be a secret); None if every field is sound.

    Only what the record holds is checked: the fields assigned, given by keyword, or read, and the records (and
    lists of records) among them. The JSON a record came with and that was never read goes back as it came, so a
    record an older server sent with a field of another type is posted back unchanged: such a field was never
    read (reading it raised ``RecordError``). A timestamp may be text, a nested record a plain dict; ``None`` and
    ``UNSET`` pass (the server judges a null; ``UNSET`` is not sent).

    Example: ``body_problem(record)`` after ``record.dates[0].begin = 1990`` gives
    ``("body.dates[0].begin", "a string", "an integer")``.
    """
    try:
        return _record_problem(value, where, set())
    except RecursionError:  # (a value holding itself: to_dict() reports it)
        return None


def _record_problem(record: Any, where: str, seen: set[int]) -> tuple[str, str, str] | None:
    if not isinstance(record, Record) or isinstance(record, UnknownRecord) or id(record) in seen:
        return None
    seen.add(id(record))
    state = record.__dict__
    if not state:  # never read: its JSON goes as it came
        return None
    for field in type(record)._order:
        problem = _value_problem(field.codec, state.get(field.name, UNSET), f"{where}.{field.name}", seen)
        if problem is not None:
            return problem
    return None


def _value_problem(codec: Codec, value: Any, where: str, seen: set[int]) -> tuple[str, str, str] | None:
    if value is UNSET or value is None:
        return None
    if type(codec) is OneOf:  # (the branch that holds the value checks it: found once)
        branch = codec.branch_holding(value)
        if branch is None and codec.holds(value):  # (a record of a type no branch knows)
            return None
        codec = branch or codec
    if not codec.holds(value):
        held = f"a record ({type(value).__name__})" if isinstance(value, Record) else describe(value)
        return where, codec.expected, held
    if isinstance(value, Record):
        return _record_problem(value, where, seen)
    if type(codec) is ListOf:
        for index, item in enumerate(value):
            problem = _value_problem(codec.item, item, f"{where}[{index}]", seen)
            if problem is not None:
                return problem
    elif type(codec) is MapOf:
        for key, item in value.items():
            problem = _value_problem(codec.value, item, f"{where}.{key}", seen)
            if problem is not None:
                return problem
    return None


class _NoExtra:
    """``additional_properties`` of a model that takes no unknown keys: read-only, the keys its JSON has all the
    same (``to_dict()`` keeps them)."""

    def __get__(self, record: Record | None, owner: type | None = None) -> Any:
        if record is None:
            return self
        return MappingProxyType(_unknown_json(record))


#: Fields a repr masks (a login answer's session token, a user's password, an API key).
_SECRET_FIELDS = frozenset({"session", "password", "api_key", "apikey", "token", "key"})

_TEXT_KEYS = ("content", "subnotes", "items", "events", "event", "value")


def note_text(record: Record) -> str:
    """The text of a note record: every string under its ``content``, ``subnotes``, ``items``, ``events`` and
    ``value``, in order, joined by blank lines (EAD markup is kept as it is)."""
    parts: list[str] = []
    _collect_text(record.to_dict(), parts)
    return "\n\n".join(part for part in parts if part.strip())


def _collect_text(value: Any, parts: list[str]) -> None:
    if isinstance(value, str):
        parts.append(value)
    elif isinstance(value, list):
        for item in value:
            _collect_text(item, parts)
    elif isinstance(value, dict):
        for key in _TEXT_KEYS:
            if key in value:
                _collect_text(value[key], parts)


def uri_id(record: Record) -> int | None:
    """The last segment of a record's ``uri`` as an int (``/repositories/2/archival_objects/7`` -> 7), or None."""
    return _uri_part(record, -1)


def uri_repo_id(record: Record) -> int | None:
    """The repository id in a record's ``uri`` (``/repositories/2/...`` -> 2), or None."""
    return _uri_part(record, 2)


def _uri_part(record: Record, index: int) -> int | None:
    uri = record.__dict__.get("uri", UNSET)
    if uri is UNSET:
        data = getattr(record, "_json", None)
        uri = data.get("uri") if data is not None else None
    if not isinstance(uri, str) or (index == 2 and not uri.startswith("/repositories/")):
        return None
    parts = uri.rstrip("/").split("/")
    if len(parts) <= abs(index) or (index == -1 and len(parts) < 3):
        return None
    part = parts[index]
    return int(part) if part.isascii() and part.isdigit() else None  # (int() refuses "²", which isdigit() takes)


class UnknownRecord(Record):
    """A record of a type the spec does not list where it was found (a newer server, a plugin): every key is in
    ``additional_properties`` and ``to_dict()`` gives back its JSON.

    Example: ``note["jsonmodel_type"]`` of an unknown note type.
    """

    def __init__(self, **fields: Any) -> None:
        self.additional_properties = dict(fields)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, UnknownRecord) and self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]


def _kind(field: Field) -> object:
    if field.empty:
        return _EMPTY
    if isinstance(field.codec, ListOf):
        return _LIST
    return _STAMP if field.codec is DATETIME else None


def bind(cls: type[Record], *fields: Field, extra: Codec | None = None) -> None:
    """Attach the field table of a generated model class (called once, under the class)."""
    cls._order = fields
    cls._renamed = tuple(field for field in fields if field.name != field.wire)
    cls._fields = {field.name: field for field in fields}
    cls._wires = frozenset(field.wire for field in fields)
    cls._names = cls._wires | {field.name for field in fields}
    cls._required_wires = frozenset(field.wire for field in fields if field.required)
    cls._extra = extra
    cls._plain = tuple((f.name, f.wire, f.codec.passes, f.codec.among, f.required) for f in fields if f.plain)
    cls._rich = tuple(
        (field.name, field.wire, _kind(field)) for field in fields if not field.plain and not field.required
    )
    for field in fields:
        setattr(cls, field.name, field)
    cls.additional_properties = _Extra() if extra is not None else _NoExtra()  # type: ignore[assignment]
    if "__attrs_attrs__" in vars(cls):  # (attrs's __eq__ reads every field, and raised on a damaged one)
        cls.__eq__ = _record_eq  # type: ignore[method-assign,assignment]
        cls.__ne__ = _record_ne  # type: ignore[method-assign,assignment]


bind(UnknownRecord, extra=ANY)


# ---------------------------------------------------------------------------------------------------------------
# Decoding answers


class _CollectorPause:
    """Keeps the garbage collector from running while an answer is decoded and wrapped (its allocations would set
    it off many times a page, finding nothing to collect), and restores it as it was. Nested and threaded uses
    count: the collector comes back when the last one ends, and only if it was on."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._was_enabled = False

    def __enter__(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._depth += 1

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._was_enabled:
                gc.enable()


collector_paused = _CollectorPause()


def loads(content: bytes | str) -> Any:
    """JSON text as Python data: msgspec where installed (two to three times faster), else (and for anything
    msgspec refuses that json reads, such as lone surrogates, NaN or UTF-16) the standard library.

    Example: ``loads(b'{"a": 1}') == {"a": 1}``.
    """
    with collector_paused:
        if _decode is not None:
            try:
                return _decode(content)
            except _DecodeError:
                pass
        return json.loads(content)


def request_content(payload: Any) -> Any:
    """A raw request body as httpx should send it: bytes and text as they are, an in-memory buffer as its bytes
    (so the async client can send it, and a retry sends it whole), a real file as the stream it is."""
    if isinstance(payload, (bytes, bytearray, str)):
        return payload
    if isinstance(payload, io.BytesIO):
        return payload.getvalue()
    return payload


def as_status(response: Any, status: int) -> Any:
    """``response`` (an ``httpx.Response``) with the success ``status`` its operation documents: a server version
    answering 200 where the spec says 202 is read as the 202 (the body is checked and typed all the same)."""
    return type(response)(status, headers=response.headers, content=response.content, request=response.request)


def json_body(response: Any) -> Any:
    """The JSON body of an ``httpx.Response``."""
    return loads(response.content)


def load(codec: Codec, data: Any) -> Any:
    """``data`` through ``codec`` (an answer that is a list or a union), with a mismatch as ``RecordError``."""
    with collector_paused:
        try:
            return codec.load(data)
        except Mismatch as exc:
            raise _record_error("answer", None, "(body)", exc.expected, exc.found) from None


def parse(cls: type[R], data: Any) -> R:
    """``data`` as a record of ``cls`` (an answer's body); anything but a JSON object raises ``RecordError``."""
    if type(data) is not dict:
        raise _record_error(cls.__name__, None, "(the record)", "a JSON object", describe(data))
    return cls._from_json(data)


class Getter(Protocol):
    """A client that gets the record at a URI: ``fonds.ArchivesSpace`` (its ``get(uri)``)."""

    def get(self, uri: str) -> Any: ...


class AsyncGetter(Protocol):
    """An async client that gets the record at a URI: ``fonds.AsyncArchivesSpace``."""

    def get(self, uri: str) -> Awaitable[Any]: ...


#: What a field every answer has (``uri``) holds on a record that is not an answer, built by keyword or parsed
#: from a request body: ``UNSET`` until the server gives it one, typed as the field (``ao.uri`` is a ``str``).
NOT_YET_SENT: Any = UNSET


_L = TypeVar("_L")


class Link(Generic[_L]):
    """What a link record (``{ref, _resolved}``: ``Ref``, ``ContainerLocation``, ``LinkedAgent``...) can do with the
    record it points to, of type ``_L`` (``Ref[Subject]`` points to a ``Subject``)."""

    __slots__ = ()

    def fetch(self, client: Getter) -> _L:
        """The linked record: the one ``resolve[]`` embedded, else ``client.get(self.ref)`` (one request).

        Example: ``subject = ao.subjects[0].fetch(aspace)``.
        """
        resolved: Any = getattr(self, "resolved", UNSET)
        return client.get(self.ref) if resolved is UNSET else resolved  # type: ignore[attr-defined,no-any-return]

    async def afetch(self, client: AsyncGetter) -> _L:
        """The linked record, as :meth:`fetch` gives it, from an async client.

        Example: ``subject = await ao.subjects[0].afetch(aspace)`` with an ``AsyncArchivesSpace``.
        """
        resolved: Any = getattr(self, "resolved", UNSET)
        if resolved is UNSET:
            return await client.get(self.ref)  # type: ignore[attr-defined,no-any-return]
        return resolved  # type: ignore[no-any-return]


def fields(cls: type[Record]) -> Iterator[Field]:
    """The fields of a model class, in declaration order."""
    return iter(cls._order)


def is_record(value: Any) -> bool:
    """Whether ``value`` is a record of a generated model."""
    return isinstance(value, Record)


__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FILE",
    "INT",
    "NONE",
    "NOT_YET_SENT",
    "NUMBER",
    "OBJECT",
    "RESOLVED",
    "STR",
    "UNSET",
    "UUID",
    "AsyncGetter",
    "Codec",
    "Field",
    "Getter",
    "Link",
    "ListOf",
    "MapOf",
    "Record",
    "UnknownRecord",
    "Unset",
    "as_status",
    "bind",
    "choice",
    "copy_json",
    "dump",
    "json_body",
    "load",
    "loads",
    "model",
    "note_text",
    "one_of",
    "parse",
    "parse_datetime",
    "record_class",
    "request_content",
    "uri_id",
    "uri_repo_id",
]

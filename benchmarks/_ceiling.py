"""The ceilings of a typed parse: msgspec's C decoder writing a page straight into typed classes.

This is what a typed parse costs when everything the issue of typed records asks for besides the types is
dropped. The classes here keep no JSON (``to_dict()`` could not give back unknown keys, key order, nulls or the
timestamps' text), read nothing lazily (every nested record is built, read or not), and tolerate nothing (one
field of the wrong type, or a timestamp in the ``... UTC`` form a 2.x server writes, fails the whole page). They
mirror a fonds model's field table: the same names, nested records as nested classes, timestamps as datetimes;
unions (notes) stay JSON, as msgspec decodes no union of attrs classes, and so does a model nested in itself.

Two kinds of class: plain attrs classes (what fonds's records are), and msgspec's own ``Struct``\\ s (which are
not attrs classes, and which msgspec builds in C without the collector tracking them). The benchmark measures
both beside fonds's typed parse, so that the distance from ``json.loads`` that trustworthy records pay can be
read against the distance a parse with none of their properties pays.
"""

from __future__ import annotations

import datetime
import operator
import uuid
from collections.abc import Callable
from typing import Any

import attrs
import msgspec

#: By (kind, fonds model), its mirror: None while its fields are typed (a model nested in itself stays JSON).
_BUILT: dict[tuple[str, type], type | None] = {}
#: By mirror, the fields that can hold records (those that are not plain JSON in the fonds model).
_NESTED: dict[type, tuple[str, ...]] = {}


def _python_type(codec: Any, records: Any, kind: str) -> Any:
    """The Python type msgspec decodes a field of ``codec`` into (``Any`` where it cannot)."""
    name = type(codec).__name__
    if name == "ModelCodec":
        nested = mirror(codec.cls, records, kind)
        return Any if nested is None else nested
    if name == "ListOf":
        return list[_python_type(codec.item, records, kind)]  # type: ignore[misc]
    if name == "MapOf":
        return dict[str, _python_type(codec.value, records, kind)]  # type: ignore[misc]
    if codec is records.DATETIME:
        return datetime.datetime
    if codec is records.DATE:
        return datetime.date
    if codec is records.UUID:
        return uuid.UUID
    passes = codec.passes
    if isinstance(passes, tuple) and len(passes) == 1 and passes[0] in (str, int, bool, float, dict):
        return passes[0]
    if isinstance(passes, tuple) and set(passes) == {int, float}:
        return float
    return Any


def mirror(cls: type, records: Any, kind: str = "attrs") -> type | None:
    """A class of ``kind`` (``"attrs"``: slotted attrs; ``"struct"``: ``msgspec.Struct``) with the fields of the
    fonds model ``cls``, each optional (``msgspec.UNSET`` when absent, ``None`` when null)."""
    key = (kind, cls)
    if key in _BUILT:
        return _BUILT[key]
    _BUILT[key] = None
    fields = getattr(cls, "_order", ())
    types = {}
    for field in fields:
        python = _python_type(field.codec, records, kind)
        types[field.name] = Any if python is Any else python | None | msgspec.UnsetType
    if kind == "struct":
        built: type = msgspec.defstruct(
            cls.__name__, [(name, python, msgspec.UNSET) for name, python in types.items()], gc=False
        )
    else:
        built = attrs.make_class(cls.__name__, {name: attrs.field(default=msgspec.UNSET) for name in types}, slots=True)
        built.__annotations__.update(types)  # (msgspec reads the types there when a decoder is made)
    _NESTED[built] = tuple(field.name for field in fields if not field.plain)
    _BUILT[key] = built
    return built


def reader(cls: type) -> tuple[Callable[[Any], Any], tuple[str, ...]] | None:
    """What reads every field of a mirrored record at once, and the names of the fields that can hold records;
    None if ``cls`` is not a mirror."""
    if cls not in _NESTED:
        return None
    names = [*(getattr(cls, "__struct_fields__", None) or (a.name for a in attrs.fields(cls))), "__class__"]
    return operator.attrgetter(*names), _NESTED[cls]  # (two names at least: attrgetter gives a tuple)


def page_decoder(cls: type, records: Any, kind: str = "attrs") -> msgspec.json.Decoder[Any]:
    """A decoder of an ArchivesSpace page (``{"results": [...], ...}``) of records of the fonds model ``cls``,
    into mirrors of ``kind``."""
    item = mirror(cls, records, kind)
    page = msgspec.defstruct("Page", [("results", list[item])])  # type: ignore[valid-type]
    return msgspec.json.Decoder(page)

"""The codec expressions of generated models: how each property's JSON is checked and read.

A generated model module is declarations: an attrs class and a ``_r.bind(...)`` call that lists every field with
the codec of its type. :func:`codec` writes that codec as Python source from openapi-python-client's parsed
property (the runtime it refers to is ``templates/_records.py``, copied into each package as ``_records.py``).

Example: a ``list[Ref] | Unset`` property gives ``_r.ListOf(_r.model("ref", "Ref"))``.
"""

from __future__ import annotations

import keyword
import re
from typing import Any

from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

_SCALARS: dict[type, str] = {
    StringProperty: "_r.STR",
    IntProperty: "_r.INT",
    FloatProperty: "_r.NUMBER",
    BooleanProperty: "_r.BOOL",
    NoneProperty: "_r.NONE",
    AnyProperty: "_r.ANY",
    DateTimeProperty: "_r.DATETIME",
    DateProperty: "_r.DATE",
    UuidProperty: "_r.UUID",
    FileProperty: "_r.FILE",
}


# Builtins a field may not be named after: annotations later in the class body would resolve to the field.
_SHADOWING = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes", "object", "property", "set", "tuple"})


def attribute(prop: Any) -> str:
    """The Python name of a model's field: the wire name where Python allows it (``type``, ``filter``, ``id``;
    not a keyword nor a builtin type annotations use), ``resolved`` for ``_resolved``, else openapi-python-client's
    own name (``from_``, ``global_``)."""
    wire = _wire(prop)
    if wire == "_resolved":
        return "resolved"
    return plain_name(wire) or str(prop.python_name)


# Builtins the generated operations call or annotate with, which a parameter may not be named after.
_USED_IN_OPERATIONS = frozenset({"list", "dict", "str", "int", "float", "bool", "bytes", "isinstance", "len"})


def plain_name(wire: str, *, parameter: bool = False) -> str | None:
    """``wire`` as a Python name, when Python allows it: an identifier, not a keyword, not private, and not a
    builtin that annotations in a model's body use (``set``, ``list``) or, for an operation's ``parameter``, one
    the generated functions use (``list``, ``str``; ``set`` is fine there). A bracketed array parameter
    (``type[]``) is named without its brackets."""
    wire = wire.removesuffix("[]")
    taken = _USED_IN_OPERATIONS if parameter else _SHADOWING
    if wire.isidentifier() and not keyword.iskeyword(wire) and wire not in taken and not wire.startswith("_"):
        return wire
    return None


def parameter_name(param: Any) -> str:
    """The Python name of an operation's parameter: openapi-python-client's, without the ``_`` it adds to a
    builtin's name where the plain one is allowed (``type``, ``filter``, ``format``, ``set``; ``from_`` stays)."""
    name = str(param.python_name)
    return name[:-1] if name.endswith("_") and plain_name(_wire(param), parameter=True) == name[:-1] else name


def _wire(prop: Any) -> str:
    name = getattr(prop, "name", "")
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def always_sent(doc: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Each model class's properties the server sends in every answer (``x-fonds-always-sent``)."""
    from openapi_python_client.strings import ClassName

    out: dict[str, frozenset[str]] = {}
    for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        listed = schema.get("x-fonds-always-sent")
        if listed:
            out[str(ClassName(name, "field_"))] = frozenset(listed)
    return out


#: The target of ``x-fonds-links-to: Record``: any record (the runtime's base class).
ANY_RECORD = "_r.Record"


def links(doc: dict[str, Any]) -> dict[str, dict[str, tuple[str, ...]]]:
    """Each model class's link properties and the classes they point to (``x-fonds-links-to``):
    ``{"ArchivalObject": {"subjects": ("Subject",)}, "ContainerLocation": {"_resolved": ("Location",)}}``."""
    from openapi_python_client.strings import ClassName

    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        for prop, sub in (schema.get("properties") or {}).items():
            listed = sub.get("x-fonds-links-to") if isinstance(sub, dict) else None
            if listed:
                names = [listed] if isinstance(listed, str) else listed
                targets = tuple(ANY_RECORD if n == "Record" else str(ClassName(n, "field_")) for n in names)
                out.setdefault(str(ClassName(name, "field_")), {})[prop] = targets
    return out


def link_type(targets: tuple[str, ...]) -> str:
    """The annotation of what a link points to: ``Subject``, ``AgentPerson | AgentFamily``."""
    return " | ".join(targets)


def is_generic_link(props: list[Any], linked: dict[str, tuple[str, ...]]) -> bool:
    """Whether a model is a link whose target each use names (``Ref[Subject]``): it has a ``_resolved`` property
    that does not say what it points to."""
    return any(_wire(p) == "_resolved" for p in props) and "_resolved" not in linked


def never_unset(prop: Any, sent: frozenset[str]) -> bool:
    """Whether a field is typed without ``| Unset``: an optional list the server always sends (``[]`` when it is
    empty). An absent one reads as ``[]`` (older servers leave some out), and a record built by keyword starts
    with ``[]``."""
    return not prop.required and isinstance(prop, ListProperty) and _wire(prop) in sent


def in_every_answer(prop: Any, sent: frozenset[str], present: frozenset[str]) -> bool:
    """Whether an optional scalar field is typed without ``| Unset``: its record lists it as always sent and every
    supported server version sends it (``x-fonds-in-every-answer``). A record that is not an answer (built by
    keyword, or parsed from a request body) has ``UNSET`` there until the server gives it one."""
    return not prop.required and not isinstance(prop, ListProperty) and _wire(prop) in sent & present


def declaration(
    prop: Any,
    sent: frozenset[str] = frozenset(),
    linked: dict[str, tuple[str, ...]] | None = None,
    present: frozenset[str] = frozenset(),
) -> str:
    """The attrs declaration of a model's field (openapi-python-client's, under the name :func:`attribute` gives).

    A record embedded by ``resolve[]`` is of the classes ``x-fonds-links-to`` names (``linked``), or the type
    parameter of a generic link (``Ref[Subject]``); a property holding such links names its target
    (``list[Ref[Subject]]``); a list the server always sends is never ``Unset`` (:func:`never_unset`)."""
    linked = linked or {}
    wire = _wire(prop)
    if wire == "_resolved":
        target = link_type(linked[wire]) if wire in linked else "_T"
        return f"resolved: {target} | Unset = UNSET"
    for typed_present, default in (
        (never_unset(prop, sent), "_attrs_field(factory=list)"),
        (in_every_answer(prop, sent, present), "_r.NOT_YET_SENT"),
    ):
        if typed_present:
            code = prop.get_type_string(no_optional=True)
            text = str(code.as_unembedded_code() if hasattr(code, "as_unembedded_code") else code)
            return f"{attribute(prop)}: {_parametrize(text, linked.get(wire))} = {default}"
    code = prop.to_string()
    text = str(code.as_unembedded_code() if hasattr(code, "as_unembedded_code") else code)
    python = str(prop.python_name)
    assert text.startswith(python), text
    return attribute(prop) + _parametrize(text[len(python) :], linked.get(wire))


def _parametrize(text: str, targets: tuple[str, ...] | None) -> str:
    """``list[Ref] | Unset`` with its link's targets: ``list[Ref[Subject]] | Unset``."""
    if not targets:
        return text
    out, count = re.subn(r"\bRef\b", f"Ref[{link_type(targets)}]", text)
    assert count == 1, (text, targets)
    return out


def constants(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each model class's constant properties (``{"NoteMultipart": {"jsonmodel_type": "note_multipart"}}``), read
    from the bundled spec: the models inside a parsed union carry no properties of their own."""
    from openapi_python_client.strings import ClassName

    out: dict[str, dict[str, Any]] = {}
    for name, schema in ((doc.get("components") or {}).get("schemas") or {}).items():
        props = schema.get("properties") or {}
        fixed = {key: value["const"] for key, value in props.items() if isinstance(value, dict) and "const" in value}
        if fixed:
            out[str(ClassName(name, "field_"))] = fixed
    return out


def codec(prop: Any, consts: dict[str, dict[str, Any]] | None = None) -> str:
    """The codec expression of a parsed property (``True`` stands for untyped additional properties); ``consts``
    (from :func:`constants`) lets unions of records dispatch on their discriminator."""
    consts = consts or {}
    if _wire(prop) == "_resolved":
        return "_r.RESOLVED"
    if prop is True or prop is None:
        return "_r.ANY"
    kind = type(prop)
    if kind in _SCALARS:
        return _SCALARS[kind]
    if isinstance(prop, ModelProperty):
        return f'_r.model("{prop.class_info.module_name}", "{prop.class_info.name}")'
    if isinstance(prop, ListProperty):
        return f"_r.ListOf({codec(prop.inner_property, consts)})"
    if isinstance(prop, ConstProperty):
        return f"_r.choice({prop.value.raw_value!r})"
    if isinstance(prop, (LiteralEnumProperty, EnumProperty)):
        values = sorted(prop.values.values() if isinstance(prop.values, dict) else prop.values, key=repr)
        return f"_r.choice({', '.join(repr(v) for v in values)})"
    if isinstance(prop, UnionProperty):
        return _union(prop, consts)
    raise TypeError(f"no codec for {kind.__name__} {prop.name}")


def _discriminator(models: list[ModelProperty], consts: dict[str, dict[str, Any]]) -> str | None:
    """The property every record branch fixes to its own constant (``jsonmodel_type``...), if there is one."""
    if len(models) < 2:
        return None
    fixed = [consts.get(str(m.class_info.name), {}) for m in models]
    for name in sorted(fixed[0], key=lambda n: (n != "jsonmodel_type", n)):
        values = [f.get(name) for f in fixed]
        if None not in values and len(set(map(repr, values))) == len(values):
            return name
    return None


def _union(prop: UnionProperty, consts: dict[str, dict[str, Any]]) -> str:
    inner = list(prop.inner_properties)
    models = [p for p in inner if isinstance(p, ModelProperty)]
    tag = _discriminator(models, consts)
    if tag is None:
        return f"_r.one_of({', '.join(codec(p, consts) for p in inner)})"
    rest = [codec(p, consts) for p in inner if not isinstance(p, ModelProperty)]
    ordered = ", ".join([codec(m, consts) for m in models] + rest)
    tags = ", ".join(repr(consts[str(m.class_info.name)][tag]) for m in models)
    return f"_r.one_of({ordered}, tag={tag!r}, tags=({tags},))"

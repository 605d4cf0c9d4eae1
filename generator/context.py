"""What our templates know beyond openapi-python-client's own context: namespace method names, paging styles,
success types and comma-joined parameters, all read from the bundled spec and the parsed endpoints."""

from __future__ import annotations

from typing import Any

import attrs
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty

from generator.lint import deref
from generator.naming import method_name, singular, snake
from generator.records import always_sent, attribute, codec, constants, declaration, never_unset

ASPACE_PAGING = {"page", "page_size", "id_set", "all_ids"}
TASTYPIE_PAGING = {"limit", "offset"}


@attrs.frozen
class Method:
    """One namespace method: its name, the endpoint module it calls, and how."""

    name: str
    module: str
    summary: str
    returns: str
    style: str  # "call", "aspace" (page | id_set | all_ids) or "tastypie" (limit/offset)
    item: str
    params: list[str]  # signature fragments of the arguments the method passes through
    kwargs: list[str]  # their names
    paging_params: list[str]  # signature fragments of the paging arguments (full raw call)
    paging_kwargs: list[str]


def _text(value: Any) -> str:
    """Plain text of the generator's wrapped strings (PythonCode, UntrustedString) or of anything else."""
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    return str(value)


def _success_types(endpoint: Any) -> str:
    types = []
    for response in endpoint.responses.patterns:
        code = response.status_code
        low = code.range[0] if code.range else 0
        if 200 <= low < 300:
            text = _text(response.prop.get_type_string())
            if text not in types:
                types.append(text)
    return " | ".join(types) if types else "None"


def _list_item(prop: Any) -> str | None:
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        return str(prop.inner_property.class_info.name)
    return None


def _paging(endpoint: Any) -> tuple[str, str]:
    names = {p.name for p in endpoint.query_parameters}
    success = [r for r in endpoint.responses.patterns if r.status_code.range and 200 <= r.status_code.range[0] < 300]
    if not success:
        return "call", ""
    prop = success[0].prop
    if names >= ASPACE_PAGING and isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            item = _list_item(inner)
            if item:
                return "aspace", item
    if names >= TASTYPIE_PAGING and isinstance(prop, ModelProperty):
        for inner in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
            item = _list_item(inner)
            if inner.name == "objects" and item:
                return "tastypie", item
    return "call", ""


class FondsContext:
    """Exposed to the templates as ``fonds``."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.tags: dict[str, dict[str, Any]] = {snake(t["name"]): t for t in doc.get("tags") or []}
        self.comma: set[tuple[str, str]] = set()
        self.consts = constants(doc)
        self.sent = always_sent(doc)
        for item in (doc.get("paths") or {}).values():
            for _method, op in item.items():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
                    param = deref(doc, param)
                    if param.get("in") == "query" and param.get("explode") is False:
                        self.comma.add((snake(op["operationId"]), param["name"]))

    def codec(self, prop: Any) -> str:
        """The codec expression of a model property (see ``generator.records``)."""
        return codec(prop, self.consts)

    def wires(self, model: Any) -> set[str]:
        """The wire names of a model's properties."""
        return {_text(p.name) for p in [*(model.required_properties or []), *(model.optional_properties or [])]}

    def attribute(self, prop: Any) -> str:
        """The Python name of a model's field (see ``generator.records.attribute``)."""
        return attribute(prop)

    def docline(self, prop: Any) -> str:
        """The ``Attributes:`` line of a model's field, under its Python name."""
        text, python = str(prop.to_docstring()), str(prop.python_name)
        return attribute(prop) + text[len(python) :] if text.startswith(python) else text

    def declaration(self, prop: Any, model: Any) -> str:
        """The attrs declaration of a model's field."""
        return declaration(prop, self.sent.get(str(model.class_info.name), frozenset()))

    def empty_when_absent(self, prop: Any, model: Any) -> bool:
        """Whether an absent field reads as ``[]`` (a list the server always sends)."""
        return never_unset(prop, self.sent.get(str(model.class_info.name), frozenset()))

    def parse_answer(self, prop: Any) -> str:
        """The expression that turns a decoded JSON answer (``_r.json_body(response)``) into ``prop``'s type."""
        if isinstance(prop, ModelProperty):
            return f"_r.parse({prop.class_info.name}, _r.json_body(response))"
        return f'cast("{_text(prop.get_type_string())}", _r.load({codec(prop, self.consts)}, _r.json_body(response)))'

    def comma_joined(self, endpoint: Any, prop: Any) -> bool:
        """Whether ``prop`` of ``endpoint`` goes on the wire comma-joined (``style: form, explode: false``)."""
        return (_text(endpoint.name), _text(prop.name)) in self.comma

    def class_name(self, tag: str) -> str:
        """The namespace class of a tag: ``archival_objects`` -> ``ArchivalObjectsNamespace``."""
        return "".join(part.capitalize() for part in str(tag).split("_")) + "Namespace"

    def description(self, tag: str) -> str:
        """The tag's description from the spec, or a plain sentence."""
        return str(self.tags.get(str(tag), {}).get("description") or f"Operations tagged `{tag}`.").strip()

    def nouns(self, tag: str) -> list[str]:
        info = self.tags.get(str(tag), {})
        return [str(tag), str(info.get("x-fonds-singular") or singular(str(tag)))]

    def methods(self, collection: Any) -> list[Method]:
        """The namespace methods of one tag, in spec order; fails on two operations that would share a name."""
        out: list[Method] = []
        for endpoint in collection.endpoints:
            name = method_name(str(endpoint.name), str(collection.tag), self.nouns(collection.tag))
            style, item = _paging(endpoint)
            params: list[str] = []
            kwargs: list[str] = []
            paging_params: list[str] = []
            paging_kwargs: list[str] = []
            for prop in [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]:
                target = (
                    paging_params
                    if (style == "aspace" and prop.name in ASPACE_PAGING)
                    or (style == "tastypie" and prop.name in TASTYPIE_PAGING)
                    else params
                )
                (paging_kwargs if target is paging_params else kwargs).append(str(prop.python_name))
                target.append(_text(prop.to_string()))
            if endpoint.bodies:
                body = endpoint.bodies[0].prop
                text = f"body: {_text(body.get_type_string())}" + ("" if body.required else " = UNSET")
                params.insert(0, text)
                kwargs.insert(0, "body")
            params.sort(key=lambda p: "=" in p)  # required first, for readability
            summary = _text(endpoint.summary) or _text(endpoint.description) or name
            out.append(
                Method(
                    name,
                    str(endpoint.name),
                    summary.strip(),
                    _success_types(endpoint),
                    style,
                    item,
                    params,
                    kwargs,
                    paging_params,
                    paging_kwargs,
                )
            )
        out = _unshadow(out)
        names = [m.name for m in out] + [n for m in out if m.style == "aspace" for n in _aspace_extras(m.name)]
        names += [f"{m.name}_page" for m in out if m.style != "call"]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"tag {collection.tag}: operations collide on method names {dupes}")
        return out

    def imports(self, collection: Any) -> list[str]:
        """Model imports the namespace needs for its annotations (under TYPE_CHECKING)."""
        found: set[str] = set()
        for endpoint in collection.endpoints:
            found |= {i for i in endpoint.relative_imports if "import" in i and "types import" not in i}
        return sorted(found)

    def extras(self, method: Method) -> tuple[str, str]:
        """The names of the ids and get_many companions of an ArchivesSpace paginated listing."""
        ids, many = _aspace_extras(method.name)
        return ids, many


def _unshadow(methods: list[Method]) -> list[Method]:
    """Spell builtins as ``builtins.X`` in annotations where a method of the same class is named X (``list``)."""
    import builtins
    import re

    shadowed = {m.name for m in methods if hasattr(builtins, m.name)} | {"list"}
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(shadowed)) + r")\[")

    def fix(text: str) -> str:
        return pattern.sub(r"builtins.\1[", text)

    return [
        attrs.evolve(
            m,
            returns=fix(m.returns),
            params=[fix(p) for p in m.params],
            paging_params=[fix(p) for p in m.paging_params],
        )
        for m in methods
    ]


def _aspace_extras(name: str) -> tuple[str, str]:
    return ("ids", "get_many") if name == "list" else (f"{name}_ids", f"{name}_get_many")

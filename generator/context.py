"""What our templates know beyond openapi-python-client's own context: namespace method names, paging styles,
success types, comma-joined parameters and the argument checks, all read from the bundled spec and the parsed
endpoints."""

from __future__ import annotations

import re
import textwrap
from typing import Any

import attrs
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import snake_case

from generator.lint import deref
from generator.naming import method_name, singular, snake
from generator.records import (
    ANY_RECORD,
    always_sent,
    attribute,
    codec,
    constants,
    declaration,
    in_every_answer,
    is_generic_link,
    link_type,
    links,
    never_unset,
)

ASPACE_PAGING = {"page", "page_size", "id_set", "all_ids"}
#: The fonds exception an error status raises (fonds.errors.error_class; kept here so the generator need not
#: import the overlay).
ERRORS = {
    400: "ValidationError",
    401: "AuthenticationFailed",
    403: "AccessDenied",
    404: "NotFoundError",
    409: "ConflictError",
    412: "SessionExpired",
}
DOC_WIDTH = 100
METHODS = ("get", "put", "post", "delete", "patch")
# The schema keywords fonds checks an argument against (fonds/_arguments.py); the rest is documentation.
CHECKED_KEYWORDS = (
    "type",
    "format",
    "enum",
    "const",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "contentEncoding",
    "items",
    "minItems",
    "maxItems",
)
TASTYPIE_PAGING = {"limit", "offset"}
# The package's own ``types`` module (UNSET, File), which namespaces import themselves; not ``models.job_types``.
_TYPES_IMPORT = re.compile(r"from \.+types import")


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
    description: str = ""  # the operation's description in the spec (beyond its summary)
    arg_docs: dict[str, str] = attrs.Factory(dict)  # python name -> the spec's description of the argument
    success: str = ""  # the spec's description of the success answer
    raises: list[tuple[str, str]] = attrs.Factory(list)  # (fonds error class, "404: the spec's description")
    example_args: str = ""  # the required arguments with example values: "repo_id=2, id=1"


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
        self.doc = doc
        self.comma: set[tuple[str, str]] = set()
        self.consts = constants(doc)
        self.sent = always_sent(doc)
        self.links = links(doc)
        self.present = frozenset(doc.get("x-fonds-in-every-answer") or ())
        self.operations: dict[str, dict[str, Any]] = {}
        self.param_docs: dict[tuple[str, str], str] = {}
        title = str((doc.get("info") or {}).get("title", ""))
        self.client_var = "aspace" if "ArchivesSpace" in title else "ss" if "Storage Service" in title else "am"
        self.schemas: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.routes: dict[str, tuple[str, str]] = {}
        for path, item in (doc.get("paths") or {}).items():
            for method, op in item.items():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                self.operations[snake(op["operationId"])] = op
                self.routes[snake(op["operationId"])] = (method, path)
                for param in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
                    param = deref(doc, param)
                    text = param.get("description") or deref(doc, param.get("schema") or {}).get("description")
                    self.param_docs[(snake(op["operationId"]), param["name"])] = " ".join(str(text or "").split())
                    if param.get("in") == "query" and param.get("explode") is False:
                        self.comma.add((snake(op["operationId"]), param["name"]))
                    key = (snake(op["operationId"]), param["in"], param["name"])
                    self.schemas[key] = _checked_schema(doc, param.get("schema") or {})

    def codec(self, prop: Any) -> str:
        """The codec expression of a model property (see ``generator.records``)."""
        return codec(prop, self.consts)

    def wires(self, model: Any) -> set[str]:
        """The wire names of a model's properties."""
        return {_text(p.name) for p in [*(model.required_properties or []), *(model.optional_properties or [])]}

    def attribute(self, prop: Any) -> str:
        """The Python name of a model's field (see ``generator.records.attribute``)."""
        return attribute(prop)

    def docline(self, prop: Any, model: Any) -> str:
        """The ``Attributes:`` line of a model's field, under its Python name and type."""
        if _text(prop.name) == "_resolved":
            return "resolved: the linked record, when the request asked for it with ``resolve[]``."
        text, python = str(prop.to_docstring()), str(prop.python_name)
        if not text.startswith(python + " ("):
            return text
        annotation = self.declaration(prop, model).split(": ", 1)[1].split(" = ", 1)[0]  # the type, as declared
        end = text.find("):", len(python))
        if end < 0:
            return attribute(prop) + text[len(python) :]
        return f"{attribute(prop)} ({annotation}){text[end + 1 :]}"

    def declaration(self, prop: Any, model: Any) -> str:
        """The attrs declaration of a model's field."""
        name = str(model.class_info.name)
        return declaration(prop, self.sent.get(name, frozenset()), self.links.get(name), self.present)

    def in_every_answer(self, prop: Any, model: Any) -> bool:
        """Whether a field is typed as present in every answer (``x-fonds-in-every-answer``)."""
        return in_every_answer(prop, self.sent.get(str(model.class_info.name), frozenset()), self.present)

    def generic_link(self, model: Any) -> bool:
        """Whether the model is a link each use says the target of (``Ref[Subject]``)."""
        props = [*(model.required_properties or []), *(model.optional_properties or [])]
        return is_generic_link(props, self.links.get(str(model.class_info.name), {}))

    def resolved_type(self, model: Any) -> str | None:
        """What a link model's ``resolved`` holds (``Location``, or ``_T`` for a generic link); None for a model
        that is not a link (no ``ref`` and ``_resolved``)."""
        if not {"ref", "_resolved"} <= self.wires(model):
            return None
        targets = self.links.get(str(model.class_info.name), {}).get("_resolved")
        return link_type(targets) if targets else "_T"

    def link_imports(self, model: Any) -> list[str]:
        """The imports of the classes a model's links point to, for type checkers only."""
        own = str(model.class_info.name)
        names = {n for targets in self.links.get(own, {}).values() for n in targets} - {own, ANY_RECORD}
        return [f"from ..models.{snake_case(n)} import {n}" for n in sorted(names)]

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

    def checks(self, endpoint: Any) -> str:
        """Python source of the endpoint module's ``_CHECKS`` table: what fonds checks each argument against before
        the request is built (``fonds/_arguments.py`` reads it). One entry a parameter, keyed by its Python name:
        where it goes, whether it is required, the schema keywords that bound it, whether it is a secret, and for a
        path parameter the literal segments of other operations it must not equal (a value that would address them);
        and the answer statuses the spec documents (``answers``)."""
        operation = _text(endpoint.name)
        method, path = self.routes[operation]
        parameters: dict[str, Any] = {}
        groups = (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        )
        for location, props in groups:
            for prop in props:
                wire = _text(prop.name)
                schema = self.schemas[(operation, location, wire)]
                entry: dict[str, Any] = {"in": location, "name": wire, "required": bool(prop.required)}
                entry["schema"] = schema
                if schema.get("format") == "password" or wire.lower().strip("[]") in SECRET_NAMES:
                    entry["secret"] = True
                if (operation, wire) in self.comma:
                    entry["comma_joined"] = True
                if location == "path":
                    entry["reserved"] = tuple(_reserved_segments(self.routes, method, path, wire))
                parameters[_text(prop.python_name)] = entry
        table: dict[str, Any] = {"operation": operation, "method": method.upper(), "path": path}
        table["parameters"] = parameters
        table["body"] = _body_check(endpoint)
        # The statuses the spec documents, as (low, high) ranges: the invoker refuses a 3xx it does not list (a
        # proxy's redirect to a login page) instead of handing back None.
        table["answers"] = tuple(tuple(r.status_code.range) for r in endpoint.responses.patterns)
        return _source(table)

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
                text = _text(prop.to_string())
                if text == "repo_id: int":  # the client's default repository fills it (ArchivesSpace(repo_id=2))
                    text = "repo_id: int | None = None"
                target.append(text)
            if endpoint.bodies:
                body = endpoint.bodies[0].prop
                text = f"body: {_text(body.get_type_string())}" + ("" if body.required else " = UNSET")
                params.insert(0, text)
                kwargs.insert(0, "body")
            params.sort(key=lambda p: "=" in p)  # required first, for readability
            summary = _text(endpoint.summary) or _text(endpoint.description) or name
            op = self.operations.get(str(endpoint.name), {})
            description = _text(endpoint.description) if endpoint.description else ""
            success, raises = self._responses(op)
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
                    description=description.strip() if description.strip() != summary.strip() else "",
                    arg_docs=self._arg_docs(endpoint, op),
                    success=success,
                    raises=raises,
                    example_args=_example_args(endpoint, style),
                )
            )
        out = _unshadow(out)
        names = [m.name for m in out] + [n for m in out if m.style == "aspace" for n in _aspace_extras(m.name)]
        names += [f"{m.name}_page" for m in out if m.style != "call"]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"tag {collection.tag}: operations collide on method names {dupes}")
        return out

    def _responses(self, op: dict[str, Any]) -> tuple[str, list[tuple[str, str]]]:
        """The spec's description of the success answer, and the fonds error of each error answer it lists."""
        success = ""
        raises: list[tuple[str, str]] = []
        for code, response in sorted((op.get("responses") or {}).items()):
            response = deref(self.doc, response)
            text = " ".join(str(response.get("description") or "").split())
            if code.startswith("2") and not success:
                success = text
            elif code[:1] in ("4", "5") and code[1:].isdigit():
                status = int(code)
                name = ERRORS.get(status, "ServerError" if status >= 500 else "APIError")
                if status == 412:
                    text += " fonds logs in again and replays the call once before raising it."
                raises.append((name, f"{code}: {text}".strip()))
        return success, raises

    def _arg_docs(self, endpoint: Any, op: dict[str, Any]) -> dict[str, str]:
        docs: dict[str, str] = {}
        for prop in [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]:
            spec = self.param_docs.get((_text(endpoint.name), _text(prop.name)), "")
            docs[str(prop.python_name)] = spec or " ".join(_text(prop.description or "").split())
        if endpoint.bodies:
            body = deref(self.doc, op.get("requestBody") or {})
            kind = _text(endpoint.bodies[0].prop.get_type_string())
            docs["body"] = " ".join(str(body.get("description") or f"The request body (`{kind}`).").split())
        return docs

    def docstring(self, method: Method, variant: str, tag: str, is_async: bool = False) -> str:
        """The whole docstring of one namespace method (Google style, as mkdocstrings reads it): the summary,
        the spec's description, ``Args``, ``Returns``, ``Raises`` and an ``Example``.

        ``variant`` is ``call`` (the operation), or for paginated listings ``list``, ``ids``, ``get_many`` and
        ``page``; ``is_async`` makes the example await.
        """
        aspace = method.style == "aspace"
        extra = {
            "call": "",
            "list": ": every record, fetched page by page as you iterate (`.by_page()` for whole pages).",
            "ids": ": the id of every matching record, in one request (`all_ids`).",
            "get_many": ": these records by id, 250 a request (`id_set`).",
            "page": ": one raw page, as the server answers it.",
        }[variant]
        parts = [_wrap(method.summary + extra)]
        if method.description:
            parts.append(_wrap(method.description))
        args: list[tuple[str, str]] = []
        if variant == "get_many":
            args.append(("ids", "The ids of the records, any number of them (sent 250 a request, in this order)."))
        names = [*method.kwargs, *(method.paging_kwargs if variant == "page" else [])]
        args += [(name, method.arg_docs.get(name) or "") for name in names]
        if variant == "list":
            args.append(("page_size", "Records a request" + (" (the server allows 250 at most)." if aspace else ".")))
            args.append(("start_page", "The page to start at: a pager's `next_page` resumes an interrupted harvest."))
            if is_async:
                args.append(("concurrency", "Pages fetched at once; the records still come in order."))
        if args:
            lines = [_wrap(f"{name}: {text or 'Undocumented in the spec.'}", 4, 8) for name, text in args]
            parts.append("Args:\n" + "\n".join(lines))
        item = method.item or "record"
        returns = {
            "call": f"{method.returns}: {method.success}" if method.success else method.returns,
            "list": f"Pager[{item}]: a lazy iterator of typed records (`next_page` tells where it stopped).",
            "ids": "list[int]: every id, in the server's order.",
            "get_many": f"Iterator[{item}]: the records, in the order of `ids` (ids the server lacks are skipped).",
            "page": f"{method.returns}: {method.success}" if method.success else method.returns,
        }[variant]
        parts.append("Returns:\n" + _wrap(returns, 4, 8))
        if method.raises:
            parts.append("Raises:\n" + "\n".join(_wrap(f"{name}: {text}", 4, 8) for name, text in method.raises))
        call_name = method.name
        call_args = method.example_args
        if variant == "ids":
            call_name = "ids" if method.name == "list" else f"{method.name}_ids"
        elif variant == "get_many":
            call_name = "get_many" if method.name == "list" else f"{method.name}_get_many"
            call_args = ", ".join(a for a in ("ids=[1, 2, 3]", call_args) if a)
        elif variant == "page":
            call_name = f"{method.name}_page"
            call_args = ", ".join(a for a in (call_args, "page=1") if a) if aspace else call_args
        code = f"{self.client_var}.{tag}.{call_name}({call_args})"
        if variant in ("list", "get_many"):
            code = f"{'async ' if is_async else ''}for record in {code}:\n    print(record)"
        elif is_async:
            code = f"await {code}"
        parts.append("Example:\n    ```python\n" + textwrap.indent(code, "    ") + "\n    ```")
        return "\n\n".join(parts)

    def imports(self, collection: Any) -> list[str]:
        """Model imports the namespace needs for its annotations (under TYPE_CHECKING)."""
        found: set[str] = set()
        for endpoint in collection.endpoints:
            found |= {i for i in endpoint.relative_imports if "import" in i and not _TYPES_IMPORT.match(i)}
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


def _wrap(text: str, indent: int = 0, hanging: int = 0) -> str:
    """``text`` wrapped to the docstring width, its first line indented ``indent``, the rest ``hanging``."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    width = DOC_WIDTH - 8
    lines = [
        textwrap.fill(
            p, width, initial_indent=" " * indent, subsequent_indent=" " * (hanging or indent), break_on_hyphens=False
        )
        for p in paragraphs
    ]
    return ("\n" + " " * (hanging or indent) + "\n").join(lines)


def _example_value(prop: Any) -> str:
    name = str(prop.python_name)
    values = getattr(prop, "values", None)
    if isinstance(values, dict) and values:
        return repr(next(iter(values.values())))
    kind = _text(prop.get_type_string())
    if kind.startswith("int"):
        return "2" if name == "repo_id" else "1"
    if kind.startswith("bool"):
        return "True"
    if kind.startswith("str"):
        return '"..."'
    return "..."


def _example_args(endpoint: Any, style: str) -> str:
    """The method's required arguments with example values (``repo_id=2, id=1``)."""
    args = []
    paging = ASPACE_PAGING if style == "aspace" else TASTYPIE_PAGING if style == "tastypie" else set()
    for prop in [*endpoint.path_parameters, *endpoint.query_parameters, *endpoint.header_parameters]:
        if prop.required and prop.name not in paging:
            args.append(f"{prop.python_name}={_example_value(prop)}")
    if endpoint.bodies and endpoint.bodies[0].prop.required:
        kind = re.match(r"\w+", _text(endpoint.bodies[0].prop.get_type_string()))
        args.insert(0, f"body={snake(kind.group(0)) if kind else 'body'}")
    return ", ".join(args)


def _aspace_extras(name: str) -> tuple[str, str]:
    return ("ids", "get_many") if name == "list" else (f"{name}_ids", f"{name}_get_many")


SECRET_NAMES = frozenset({"password", "api_key", "apikey", "token", "session", "key", "secret"})


class _Code(str):
    """Text that goes into generated source as it is (a class name), not as a string literal."""


def _source(value: Any) -> str:
    """``value`` as Python source: dicts, tuples, lists, strings, numbers, booleans, None and :class:`_Code`."""
    if isinstance(value, _Code):
        return str(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_source(k)}: {_source(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        inner = ", ".join(_source(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(_source(v) for v in value) + "]"
    if value is None or isinstance(value, (bool, int, float, str)):
        return repr(value)
    raise TypeError(f"cannot write {type(value).__name__} into generated source")


def _checked_schema(doc: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The keywords of a parameter schema fonds checks, with refs followed (item schemas too)."""
    schema = deref(doc, schema)
    out: dict[str, Any] = {}
    for key in CHECKED_KEYWORDS:
        if key not in schema:
            continue
        value = schema[key]
        if key == "items":
            value = _checked_schema(doc, value)
        elif key == "enum":
            value = tuple(value)
        out[key] = value
    return out


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/")


def _reserved_segments(routes: dict[str, tuple[str, str]], method: str, path: str, wire: str) -> list[str]:
    """The literal segments of other operations (same method, same shape) at the place of path parameter ``wire``:
    a value equal to one of them would send a request that addresses that operation instead. Empty unless the
    parameter is a whole segment."""
    mine = _segments(path)
    token = "{" + wire + "}"
    if token not in mine:
        return []
    at = mine.index(token)
    found: set[str] = set()
    for other_method, other_path in routes.values():
        theirs = _segments(other_path)
        if other_method != method or other_path == path or len(theirs) != len(mine) or "{" in theirs[at]:
            continue
        if all(a == b or "{" in a or "{" in b for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if i != at):
            found.add(theirs[at])
    return sorted(found)


def _body_check(endpoint: Any) -> dict[str, Any] | None:
    """What the body must be: an instance of the operation's model, a list of them, or a ``File``."""
    if not endpoint.bodies:
        return None
    prop = endpoint.bodies[0].prop
    kind = "instance"
    if isinstance(prop, ListProperty):
        kind, prop = "list", prop.inner_property
    if isinstance(prop, ModelProperty):
        name = str(prop.class_info.name)
    elif isinstance(prop, FileProperty):
        name, kind = "File", "file"
    else:
        raise ValueError(f"{_text(endpoint.name)}: no check for a body of type {type(prop).__name__}")
    return {"required": bool(endpoint.bodies[0].prop.required), "kind": kind, "type": _Code(name)}

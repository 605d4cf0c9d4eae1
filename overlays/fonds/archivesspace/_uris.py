"""Records by URI: which generated operation reads (or deletes) the record a URI names.

The table is read once from the bundled spec the generator wrote into ``archivesspace_api/openapi.json``: every
GET (or DELETE) route whose only parameters are ``repo_id`` and ``id`` and which ends in one of them, such as
``/repositories/{repo_id}/archival_objects/{id}`` or ``/agents/people/{id}``.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from functools import cache
from importlib import resources
from typing import Any

from .. import errors

_PARAMS = {"repo_id", "id"}


@cache
def _routes(method: str) -> list[tuple[re.Pattern[str], str, str, tuple[str, ...]]]:
    doc = json.loads(resources.files("archivesspace_api").joinpath("openapi.json").read_text(encoding="utf-8"))
    routes = []
    for path, item in doc["paths"].items():
        op = item.get(method)
        names = tuple(re.findall(r"\{(\w+)\}", path))
        if not op or not names or not set(names) <= _PARAMS or not path.endswith("}"):
            continue
        pattern = re.compile("^" + re.sub(r"\\\{\w+\\\}", r"([1-9][0-9]{0,9})", re.escape(path)) + "$")
        routes.append((pattern, op["tags"][0], op["operationId"], names))
    # Routes with more literal segments first: /repositories/with_agent/{id} before /repositories/{repo_id}/{id}
    routes.sort(key=lambda r: -(r[0].pattern.count("/") - len(r[3])))
    return routes


def text_list(operation: str, name: str, value: Any) -> list[Any] | None:
    """``value`` (a list, tuple or other iterable of text) as a list, None as None; a lone str (which would go
    as one item a character) or anything not iterable is ``InvalidArgument``. The items are checked with the
    operation's other arguments.

    Example: ``text_list("get", "resolve", ("subjects",)) == ["subjects"]``; ``text_list("get", "resolve",
    "subjects")`` raises.
    """
    if value is None:
        return None
    if isinstance(value, (str, bytes, bytearray, dict)) or not hasattr(value, "__iter__"):
        found = f"a {type(value).__name__}" + (" (write [...] around it)" if isinstance(value, str) else "")
        raise errors.InvalidArgument(operation, name, "a list of text, such as ['subjects']", found)
    return list(value)


def arguments(module: Any, path_args: dict[str, int], resolve: Any) -> dict[str, Any]:
    """The arguments of ``module``'s operation: the path's, and ``resolve`` (a list of text) where the operation
    takes it."""
    args: dict[str, Any] = dict(path_args)
    operation = module.__name__.rsplit(".", 1)[-1]
    resolve = text_list(operation, "resolve", resolve)
    if resolve is not None:
        if "resolve" not in inspect.signature(module.sync_detailed).parameters:
            raise errors.InvalidArgument(operation, "resolve", "no resolve[] here")
        args["resolve"] = resolve
    return args


def operation_for(method: str, uri: str) -> tuple[Any, dict[str, int]]:
    """The generated operation module for ``method`` on the record ``uri``, and its path arguments.

    Example: ``operation_for("get", "/repositories/2/accessions/5")`` gives ``get_accession`` and
    ``{"repo_id": 2, "id": 5}``. A URI no operation reads raises ``InvalidArgument``.
    """
    if not isinstance(uri, str):
        raise errors.InvalidArgument(method, "uri", "a record URI (a str)", type(uri).__name__)
    path = uri.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    for pattern, tag, operation_id, names in _routes(method):
        match = pattern.match(path)
        if match:
            module = importlib.import_module(f"archivesspace_api.api.{tag}.{operation_id}")
            return module, {name: int(value) for name, value in zip(names, match.groups(), strict=True)}
    raise errors.InvalidArgument(
        method, "uri", "the URI of a record (such as /repositories/2/archival_objects/7)", "a path no route reads"
    )

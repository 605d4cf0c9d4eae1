"""What the ArchivesSpace commands need that the client does not offer (yet): a record's namespace from its URI
or its type name, and typed values for a field from command-line text."""

from __future__ import annotations

import inspect
import json
import re
from typing import Any

from ..errors import InvalidArgument

_REPO = re.compile(r"^/repositories/(\d+)$")
_REPO_RECORD = re.compile(r"^/repositories/(\d+)/([a-z_]+)/(\d+)$")
_AGENT = re.compile(r"^/agents/(people|corporate_entities|families|software)/(\d+)$")
_GLOBAL = re.compile(r"^/([a-z_]+)/(\d+)$")


def from_uri(aspace: Any, uri: str) -> tuple[Any, dict[str, int]]:
    """``(namespace, ids)`` of a record URI: ``/repositories/2/accessions/1`` gives ``(aspace.accessions,
    {"repo_id": 2, "id": 1})``; also ``/repositories/2``, ``/agents/people/5``, ``/subjects/3``...

    Example::

        namespace, ids = from_uri(aspace, "/repositories/2/resources/1")
        namespace.get(**ids)
    """
    path = uri.strip().rstrip("/")
    if m := _REPO.match(path):
        return aspace.repositories, {"repo_id": int(m.group(1))}
    if m := _REPO_RECORD.match(path):
        return _namespace(aspace, m.group(2), uri), {"repo_id": int(m.group(1)), "id": int(m.group(3))}
    if m := _AGENT.match(path):
        return _namespace(aspace, f"agents_{m.group(1)}", uri), {"id": int(m.group(2))}
    if m := _GLOBAL.match(path):
        return _namespace(aspace, m.group(1), uri), {"id": int(m.group(2))}
    raise InvalidArgument("fonds aspace", "URI", "a record URI such as /repositories/2/accessions/1", repr(uri))


def _namespace(aspace: Any, name: str, uri: str) -> Any:
    namespace = getattr(aspace, name, None) if not name.startswith("_") else None
    if namespace is None or not hasattr(namespace, "get"):
        raise InvalidArgument("fonds aspace", "URI", "the URI of a record fonds can fetch", repr(uri))
    return namespace


def namespace_of_type(aspace: Any, name: str) -> Any:
    """The namespace of a record type given as ``archival_object``, ``archival_objects``, ``agents/people``...

    Example: ``namespace_of_type(aspace, "archival_object") is aspace.archival_objects``.
    """
    key = name.strip().lower().replace("-", "_").replace("/", "_").strip("_")
    aliases = {"agent_person": "agents_people", "agent_corporate_entity": "agents_corporate_entities"}
    aliases |= {"agent_family": "agents_families", "agent_software": "agents_software", "repository": "repositories"}
    for candidate in (aliases.get(key, key), key + "s", key + "es"):
        namespace = getattr(aspace, candidate, None)
        if namespace is not None and hasattr(namespace, "list") and not candidate.startswith("_"):
            return namespace
    raise InvalidArgument("fonds aspace", "TYPE", "a record type such as resource or archival_object", repr(name))


_SINGULAR = {
    "agents_people": "agent_person",
    "agents_corporate_entities": "agent_corporate_entity",
    "agents_families": "agent_family",
    "agents_software": "agent_software",
    "repositories": "repository",
}


def search_type(name: str) -> str:
    """The search index's name of a record type (``archival_objects`` and ``archival_object`` both give
    ``archival_object``; ``agents/people`` gives ``agent_person``).

    Example: ``search_type("resources") == "resource"``.
    """
    key = name.strip().lower().replace("-", "_").replace("/", "_").strip("_")
    if key in _SINGULAR:
        return _SINGULAR[key]
    return key[:-1] if key.endswith("s") else key


def takes(method: Any, parameter: str) -> bool:
    """Whether a namespace method takes ``parameter`` (``repo_id``, ``resolve``...)."""
    return parameter in inspect.signature(method).parameters


_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


def typed_value(text: str, current: Any, *, as_json: bool, field: str) -> Any:
    """The value ``text`` stands for: JSON with ``as_json``; else of the current value's type (a boolean from
    true/false, an integer from digits), else the text itself.

    Example: ``typed_value("false", True, as_json=False, field="publish") is False``.
    """
    if as_json:
        try:
            return json.loads(text)
        except ValueError:
            raise InvalidArgument(
                "fonds aspace update", "--set", "a JSON value with --json-value", repr(text)
            ) from None
    if isinstance(current, bool):
        if text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
        raise InvalidArgument("fonds aspace update", field, "true or false", repr(text))
    if isinstance(current, int):
        try:
            return int(text)
        except ValueError:
            raise InvalidArgument("fonds aspace update", field, "an integer", repr(text)) from None
    return text

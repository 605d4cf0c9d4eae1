"""ArchivesSnake's ``asnake.utils`` helpers, under the same names and arguments, for fonds's typed records.

Moving from ArchivesSnake is a changed import: ``from asnake import utils`` becomes
``from fonds.archivesspace import utils``, and the client argument is a :class:`fonds.ArchivesSpace`. Every helper
takes typed records (``aspace.archival_objects.get(...)``), plain JSON dicts, URIs where ArchivesSnake takes
them, and objects with a ``.json()`` method (an ``httpx.Response``). The rules are ArchivesSnake's (read from its
source), with three differences said where they apply: a rights statement or act without an end date is not
expired (ArchivesSnake raises ``TypeError``), instances without a top container are skipped by
:func:`get_object_locations` (ArchivesSnake raises ``KeyError``), and bad input raises
:class:`~fonds.errors.InvalidArgument` rather than a bare ``Exception``.

Where fonds can batch it does: :func:`get_orphans` fetches URIs 250 a request (``id_set``) and :func:`walk_tree`
fetches a tree's records 250 a request, where ArchivesSnake sends one request a record.

Example::

    from fonds import ArchivesSpace
    from fonds.archivesspace import utils

    with ArchivesSpace("http://localhost:8089", username="admin", password="admin") as aspace:
        resource = aspace.resources.get(repo_id=2, id=1)
        print(utils.format_resource_id(resource))  # MS:001
        for record in utils.walk_tree(resource, aspace):
            print(record.uri, utils.get_date_display(record.dates[0]) if record.dates else "")
"""

from __future__ import annotations

import datetime
import inspect
import re
import string
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from archivesspace_api.types import Unset

from ..errors import ConfigurationError, InvalidArgument
from . import _trees
from ._records import parse_record

if TYPE_CHECKING:
    from ._client import ArchivesSpace

__all__ = [
    "find_closest_value",
    "format_from_obj",
    "format_resource_id",
    "get_date_display",
    "get_note_text",
    "get_object_locations",
    "get_orphans",
    "indicates_restriction",
    "is_expired",
    "is_restricted",
    "resolve_to_json",
    "resolve_to_uri",
    "strip_html_tags",
    "text_in_note",
    "walk_tree",
]

#: Values that count as "no value" (ArchivesSnake's rule): an empty string, list or dict, or null.
_EMPTY: tuple[Any, ...] = ("", [], {}, None)
_RECORD_URI = re.compile(r"^(?:/repositories/(?P<repo>\d+))?/(?P<path>[a-z_]+(?:/[a-z_]+)?)/(?P<id>\d+)$")
_REPOSITORY_URI = re.compile(r"^/repositories/(?P<repo>\d+)$")
_HTML_TAG = re.compile("<.*?>")
_MISSING = object()
#: The record that holds the tree of each kind of tree component.
_TREE_PARENT = {
    "archival_objects": ("resource", "resources"),
    "digital_object_components": ("digital_object", "digital_objects"),
    "classification_terms": ("classification", "classifications"),
}


def _kind(value: Any) -> str:
    return type(value).__name__


def _is_empty(value: Any) -> bool:
    return value in _EMPTY


def _as_json(value: Any) -> Any:
    """The JSON of a typed record (``to_dict()``), of an object with ``.json()``, or a mapping as it is."""
    if isinstance(value, Mapping):
        return value
    if callable(getattr(value, "to_dict", None)):
        return value.to_dict()
    if callable(getattr(value, "json", None)):
        return value.json()
    return value


def _require_client(client: Any, operation: str) -> ArchivesSpace:
    if client is None:
        raise ConfigurationError(f"{operation}: a URI was given, so an ArchivesSpace client is needed to fetch it")
    return client  # type: ignore[no-any-return]


def _locate(client: ArchivesSpace, uri: str, operation: str) -> tuple[Any, dict[str, int]]:
    """The namespace that serves ``uri`` and the ids its ``get`` takes: ``/repositories/2/resources/1`` ->
    ``(aspace.resources, {"repo_id": 2, "id": 1})``; ``/agents/people/3`` -> ``aspace.agents_people``."""
    repository = _REPOSITORY_URI.match(uri)
    if repository:
        return client.repositories, {"repo_id": int(repository.group("repo"))}
    match = _RECORD_URI.match(uri)
    namespace = getattr(client, match.group("path").replace("/", "_"), None) if match else None
    if match is None or namespace is None or not callable(getattr(namespace, "get", None)):
        raise InvalidArgument(operation, "uri", "the URI of an ArchivesSpace record", repr(uri))
    ids = {"id": int(match.group("id"))}
    if match.group("repo"):
        ids["repo_id"] = int(match.group("repo"))
    return namespace, ids


def _fetch(client: ArchivesSpace, uri: str, operation: str, resolve: list[str] | None = None) -> Any:
    """The typed record at ``uri``, with ``resolve[]`` where the operation takes it."""
    namespace, ids = _locate(client, uri, operation)
    if resolve:
        if "resolve" not in inspect.signature(namespace.get).parameters:
            raise InvalidArgument(operation, "uri", "a record that can be fetched with resolve[]", repr(uri))
        return namespace.get(**ids, resolve=resolve)
    return namespace.get(**ids)


def resolve_to_uri(thingit: Any) -> str:
    """The URI of a record given as a URI, a typed record, a mapping with ``uri`` (or else ``ref``), or an object
    whose ``.json()`` is such a mapping.

    Example::

        resolve_to_uri({"ref": "/repositories/2/resources/1"})  # '/repositories/2/resources/1'
        resolve_to_uri(aspace.resources.get(repo_id=2, id=1))  # '/repositories/2/resources/1'
    """
    uri: Any = None
    if isinstance(thingit, str):
        uri = thingit
    else:
        if not isinstance(thingit, Mapping):
            uri = getattr(thingit, "uri", None) or getattr(thingit, "ref", None)
        if not isinstance(uri, str):
            data = _as_json(thingit)
            if isinstance(data, Mapping):
                uri = data.get("uri", data.get("ref"))
    if not isinstance(uri, str) or not uri:
        raise InvalidArgument(
            "resolve_to_uri", "thingit", "a URI, a record with a uri, or a mapping with 'uri' or 'ref'", _kind(thingit)
        )
    return uri


def resolve_to_json(thingit: Any, client: ArchivesSpace | None = None) -> dict[str, Any]:
    """The JSON (a dict) of a record given as a dict (returned as it is), a typed record (its ``to_dict()``), an
    object with ``.json()``, or a URI (fetched with ``client``).

    Example::

        resolve_to_json("/repositories/2/resources/1", aspace)["title"]
        resolve_to_json(aspace.resources.get(repo_id=2, id=1))["id_0"]
    """
    data = _as_json(thingit)
    if isinstance(data, str):
        data = _fetch(_require_client(client, "resolve_to_json"), resolve_to_uri(data), "resolve_to_json").to_dict()
    if not isinstance(data, Mapping) or not data:
        raise InvalidArgument("resolve_to_json", "thingit", "a record, a non-empty dict or a URI", _kind(thingit))
    return data if isinstance(data, dict) else dict(data)


def _subnote_text(subnote: Mapping[str, Any]) -> list[Any]:
    kind = subnote.get("jsonmodel_type")
    if kind in ("note_orderedlist", "note_index"):
        return list(subnote.get("items") or [])
    if kind in ("note_chronology", "note_definedlist"):
        text: list[Any] = []
        for item in subnote.get("items") or []:
            for value in item.values():
                text.extend(value if isinstance(value, list) else [value])
        return text
    content = subnote.get("content")
    return list(content) if isinstance(content, list) else [content]


def get_note_text(note: Any, client: ArchivesSpace | None = None) -> list[Any]:
    """The text of a note as a list of strings, whatever its type: a singlepart or langmaterial note's
    ``content``; a bibliography's ``content`` then ``items``; an index's item ``value``s; a multipart note's
    subnotes in order (text ``content``, ordered list ``items``, chronology and defined list item values); any
    other note's ``content`` (a digital object's notes, where ArchivesSnake raises ``KeyError``).

    Example::

        get_note_text({"jsonmodel_type": "note_singlepart", "type": "abstract", "content": ["Letters."]})
        # ['Letters.']
    """
    data = resolve_to_json(note, client)
    kind = data.get("jsonmodel_type")
    if kind in ("note_singlepart", "note_langmaterial"):
        return list(data.get("content") or [])
    if kind == "note_bibliography":
        return [*(data.get("content") or []), *(data.get("items") or [])]
    if kind == "note_index":
        return [item.get("value") for item in data.get("items") or []]
    if "subnotes" not in data and "content" in data:  # note_digital_object and others of one part
        return _subnote_text(data)
    return [text for subnote in data.get("subnotes") or [] for text in _subnote_text(_as_json(subnote))]


def _partial_ratio() -> Any:
    try:
        from rapidfuzz import fuzz
    except ImportError:
        raise ConfigurationError(
            "text_in_note matches fuzzily with rapidfuzz, which is not installed: pip install 'fonds[fuzzy]'"
        ) from None
    return fuzz.partial_ratio


def text_in_note(note: Any, query_string: str, client: ArchivesSpace | None = None, confidence: int = 97) -> bool:
    """Whether ``query_string`` fuzzily matches the note's text: rapidfuzz's ``partial_ratio`` of the lowercased
    text against the lowercased query reaches ``confidence`` (0-100). Needs ``pip install 'fonds[fuzzy]'``.

    Example::

        note = {"jsonmodel_type": "note_singlepart", "type": "accessrestrict", "content": ["Closed until 2030."]}
        text_in_note(note, "closed until 2030")  # True
    """
    if not isinstance(query_string, str):
        raise InvalidArgument("text_in_note", "query_string", "a string", _kind(query_string))
    text = " ".join(str(part).lower() for part in get_note_text(note, client))
    return bool(_partial_ratio()(text, query_string.lower(), score_cutoff=confidence))


def format_from_obj(obj: Any, format_string: str, client: ArchivesSpace | None = None) -> str:
    """``format_string`` filled with the record's fields (``"{begin} - {end}"``); a field the record lacks raises
    ``InvalidArgument`` (ArchivesSnake raises ``KeyError``; everything fonds raises is a ``FondsError``).

    Example::

        format_from_obj({"begin": "1905", "end": "1980"}, "{begin} - {end}")  # '1905 - 1980'
    """
    if not format_string:
        raise InvalidArgument("format_from_obj", "format_string", "a format string such as '{title}'", None)
    data = resolve_to_json(obj, client)
    fields = {name for _, name, _, _ in string.Formatter().parse(format_string) if name}
    try:
        return format_string.format(**{name: data[name] for name in fields})
    except KeyError as missing:
        raise InvalidArgument("format_from_obj", "format_string", f"fields the record has (not {missing})") from None


def format_resource_id(resource: Any, client: ArchivesSpace | None = None, separator: str = ":") -> str:
    """The four-part identifier of a resource (or accession), ``id_0`` to ``id_3`` joined by ``separator``,
    stopping at the first part the record lacks.

    Example::

        format_resource_id({"id_0": "MS", "id_1": "001"})  # 'MS:001'
        format_resource_id(aspace.resources.get(repo_id=2, id=1), separator="-")
    """
    data = resolve_to_json(resource, client)
    parts: list[str] = []
    for index in range(4):
        part = data.get(f"id_{index}")
        if part is None:
            break
        parts.append(str(part))
    return separator.join(parts)


def _value(record: Any, key: str) -> Any:
    """``record``'s ``key``, typed where the record is (Unset as None), else from its JSON."""
    if isinstance(record, Mapping):
        return record.get(key)
    value = getattr(record, key, _MISSING)
    if value is _MISSING:
        return record.to_dict().get(key)
    return None if isinstance(value, Unset) else value


def find_closest_value(archival_object: Any, key: str, client: ArchivesSpace) -> Any:
    """The value of ``key`` on the record, else on its nearest ancestor that has one (not empty or null), else
    None: an archival object inherits, say, ``extents`` or ``linked_agents`` from its series or resource. One
    request (the record with ``resolve[]=ancestors``); the value is typed (``list[Extent]``...).

    Example::

        find_closest_value("/repositories/2/archival_objects/7", "extents", aspace)
        # [Extent(number='3', extent_type='linear_feet', ...)]
    """
    uri = resolve_to_uri(archival_object)
    record = _fetch(client, uri, "find_closest_value", resolve=["ancestors"])
    value = _value(record, key)
    if not _is_empty(value):
        return value
    for ancestor in record.to_dict().get("ancestors") or []:
        resolved = ancestor.get("_resolved")
        value = _value(parse_record(dict(resolved)), key) if isinstance(resolved, Mapping) else None
        if not _is_empty(value):
            return value
    return None


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _fetch_many(client: ArchivesSpace, uris: list[str], operation: str) -> dict[str, Any]:
    """The typed records at ``uris``, by ``id_set`` (one request per 250 of a kind) where the kind has it."""
    groups: dict[tuple[int, ...], tuple[Any, list[str]]] = {}
    for uri in dict.fromkeys(uris):
        namespace, ids = _locate(client, uri, operation)
        key = (id(namespace), ids.get("repo_id", 0))
        groups.setdefault(key, (namespace, []))[1].append(uri)
    found: dict[str, Any] = {}
    for (_, repo_id), (namespace, members) in groups.items():
        many = getattr(namespace, "get_many", None)
        if many is None or len(members) == 1:
            for uri in members:
                found[uri] = _fetch(client, uri, operation)
            continue
        kwargs = {"repo_id": repo_id} if "repo_id" in inspect.signature(many).parameters else {}
        for record in many(ids=[int(uri.rsplit("/", 1)[1]) for uri in members], **kwargs):
            found[record.uri] = record
    return found


def get_orphans(object_list: Iterable[Any], null_attribute: str, client: ArchivesSpace | None = None) -> Iterator[Any]:
    """The records of ``object_list`` whose ``null_attribute`` is empty or null, lazily, in order. Records and
    dicts are checked as they are; URIs are fetched 250 a request with ``client`` (``id_set``) and yielded as
    typed records.

    Example::

        ids = aspace.archival_objects.ids(repo_id=2)
        uris = [f"/repositories/2/archival_objects/{i}" for i in ids]
        for orphan in get_orphans(uris, "linked_agents", aspace):
            print(orphan.uri)
    """
    for batch in _batches(object_list, 250):
        uris = [item for item in batch if isinstance(item, str)]
        fetched = _fetch_many(_require_client(client, "get_orphans"), uris, "get_orphans") if uris else {}
        for item in batch:
            record = fetched.get(item) if isinstance(item, str) else item
            if record is None:
                continue  # a URI the server did not return (deleted, or not visible to this user)
            if _is_empty(resolve_to_json(record, client).get(null_attribute)):
                yield record


def get_date_display(date: Any, client: ArchivesSpace | None = None) -> str | None:
    """A date's display text: its ``expression``, else ``begin-end``, else ``begin``.

    Example::

        get_date_display({"begin": "1905", "end": "1980", "date_type": "inclusive"})  # '1905-1980'
    """
    data = resolve_to_json(date, client)
    if "expression" in data:
        return data["expression"]  # type: ignore[no-any-return]
    if data.get("end"):
        return f"{data.get('begin')}-{data['end']}"
    return data.get("begin")


def is_expired(date_str: str | datetime.date | None) -> bool:
    """Whether an ISO date (``"2020-01-31"``, or a ``datetime.date``) is before today. None (no end date) is not
    expired; a string that is not an ISO date raises :class:`~fonds.errors.InvalidArgument` (a ``ValueError``).

    Example::

        is_expired("1999-12-31")  # True
        is_expired("2999-12-31")  # False
    """
    if date_str is None or date_str == "":
        return False
    if isinstance(date_str, datetime.datetime):
        day = date_str.date()
    elif isinstance(date_str, datetime.date):
        day = date_str
    else:
        try:
            day = datetime.date.fromisoformat(str(date_str))
        except ValueError:
            raise InvalidArgument("is_expired", "date_str", "an ISO date such as 2030-01-31", repr(date_str)) from None
    return day < datetime.date.today()


def indicates_restriction(
    rights_statement: Any, restriction_acts: Iterable[str], client: ArchivesSpace | None = None
) -> bool:
    """Whether a rights statement, not expired, holds an act whose ``restriction`` is one of
    ``restriction_acts`` (``["disallow", "conditional"]``) and which is not expired either.

    Example::

        statement = {"rights_type": "copyright", "acts": [{"act_type": "publish", "restriction": "disallow"}]}
        indicates_restriction(statement, ["disallow"])  # True
    """
    data = resolve_to_json(rights_statement, client)
    acts = set(restriction_acts)
    if is_expired(data.get("end_date")):
        return False
    return any(act.get("restriction") in acts and not is_expired(act.get("end_date")) for act in data.get("acts") or [])


def is_restricted(
    archival_object: Any, query_string: str, restriction_acts: Iterable[str], client: ArchivesSpace | None = None
) -> bool:
    """Whether a record is restricted: one of its ``accessrestrict`` notes matches ``query_string``
    (:func:`text_in_note`), or one of its rights statements indicates a restriction
    (:func:`indicates_restriction`).

    Example::

        ao = aspace.archival_objects.get(repo_id=2, id=7)
        is_restricted(ao, "materials are restricted", ["disallow", "conditional"])
    """
    data = resolve_to_json(archival_object, client)
    acts = list(restriction_acts)
    for note in data.get("notes") or []:
        if note.get("type") == "accessrestrict" and text_in_note(note, query_string.lower(), client):
            return True
    return any(indicates_restriction(statement, acts, client) for statement in data.get("rights_statements") or [])


def strip_html_tags(string: str) -> str:
    """``string`` without its HTML (or EAD) tags; entities such as ``&amp;`` are left as they are.

    Example::

        strip_html_tags("<p>Letters of <emph render='italic'>Henry</emph></p>")  # 'Letters of Henry'
    """
    if not isinstance(string, str):
        raise InvalidArgument("strip_html_tags", "string", "a string", _kind(string))
    return _HTML_TAG.sub("", string)


def get_object_locations(ao_uri: Any, client: ArchivesSpace) -> Iterator[Any]:
    """The typed locations of the top containers of a record's instances, in one request (the record with
    ``resolve[]=top_container::container_locations``). Instances without a top container (digital objects) are
    skipped.

    Example::

        for location in get_object_locations("/repositories/2/archival_objects/7", aspace):
            print(location.title)
    """
    uri = resolve_to_uri(ao_uri)
    data = _fetch(client, uri, "get_object_locations", resolve=["top_container::container_locations"]).to_dict()
    for instance in data.get("instances") or []:
        container = ((instance.get("sub_container") or {}).get("top_container") or {}).get("_resolved") or {}
        for link in container.get("container_locations") or []:
            if isinstance(link.get("_resolved"), Mapping):
                yield parse_record(link["_resolved"])


def walk_tree(thingit: Any, client: ArchivesSpace) -> Iterator[Any]:
    """Every record of a tree in order, depth first, as typed records: the resource (or digital object, or
    classification) and everything below it, or an archival object (digital object component, classification
    term) and everything below it. Records are fetched 250 a request (``id_set``); ArchivesSnake sends one
    request a record.

    Example::

        for record in walk_tree("/repositories/2/resources/1", aspace):
            print(record.uri, record.title)
    """
    uri = resolve_to_uri(thingit).rstrip("/")
    match = _RECORD_URI.match(uri)
    if match is None or not match.group("repo"):
        raise InvalidArgument("walk_tree", "thingit", "a resource, digital object, classification or component", uri)
    path, repo_id = match.group("path"), int(match.group("repo"))
    if path in _trees.TREE_KINDS:
        nodes = _trees.walk(getattr(client, path), repo_id, int(match.group("id")))
        yield from _trees.records(client, nodes, include_root=True)
        return
    if path not in _TREE_PARENT:
        raise InvalidArgument("walk_tree", "thingit", "a resource, digital object, classification or component", uri)
    field, root_kind = _TREE_PARENT[path]
    data = _as_json(thingit)
    root_ref = data.get(field) if isinstance(data, Mapping) else None
    if not isinstance(root_ref, Mapping):
        root_ref = _fetch(client, uri, "walk_tree").to_dict().get(field)
    if not isinstance(root_ref, Mapping) or not isinstance(root_ref.get("ref"), str):
        raise InvalidArgument("walk_tree", "thingit", f"a component that names its {field}", uri)
    _, _, root_id = _trees.parse_root(root_ref["ref"])
    nodes = _trees.walk(getattr(client, root_kind), repo_id, root_id, node_uri=uri)
    yield from _trees.records(client, nodes, include_root=True)

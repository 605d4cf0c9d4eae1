"""Records as the Solr documents search answers: indexed fields plus ``json``, the record as JSON text."""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from typing import Any

from ._kinds import KINDS
from ._store import Store
from ._tree_model import ref_id

Doc = dict[str, Any]

INTERNAL = ("fullrecord",)
_WORD = re.compile(r"\w+")


def _strings(value: Any, out: list[str]) -> None:
    if isinstance(value, str):
        if not value.startswith("/"):
            out.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in (
                "uri",
                "ref",
                "jsonmodel_type",
                "lock_version",
                "created_by",
                "last_modified_by",
                "create_time",
                "system_mtime",
                "user_mtime",
                "persistent_id",
                "ref_id",
            ):
                _strings(item, out)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out)


def _identifier(record: Doc) -> str | None:
    parts = [str(record[f"id_{i}"]) for i in range(4) if record.get(f"id_{i}")]
    return "-".join(parts) if parts else None


def _note_text(record: Doc) -> str:
    texts: list[str] = []
    _strings(record.get("notes") or [], texts)
    return " ".join(t for t in texts if t not in ("scopecontent", "bioghist", "abstract", "physdesc"))


class Indexer:
    """Builds (and keeps a bounded cache of) the Solr documents of records.

    Example::

        doc = Indexer(store).document("resource", 1)
        doc["title"], json.loads(doc["json"])["uri"]
    """

    def __init__(self, store: Store, cache_size: int = 4096) -> None:
        self.store = store
        self.cache_size = cache_size
        self._cache: OrderedDict[tuple[str, int, int | None], Doc] = OrderedDict()
        self._version = -1

    def document(self, kind: str, record_id: int, repo_id: int | None = None) -> Doc | None:
        """The document of a record, or None when it does not exist."""
        if self._version != self.store.version:
            self._cache.clear()
            self._version = self.store.version
        key = (kind, record_id, repo_id)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        record = self.store.get(kind, record_id, repo_id)
        if record is None:
            return None
        doc = self._build(kind, record)
        self._cache[key] = doc
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return doc

    def _titles(self, links: Any, *, role: str | None = None) -> list[str]:
        titles = []
        for link in links or []:
            if not isinstance(link, dict) or (role is not None and link.get("role") != role):
                continue
            target = self.store.by_uri(str(link.get("ref", "")))
            if target is not None and target.get("title"):
                titles.append(str(target["title"]))
        return titles

    def _build(self, kind: str, record: Doc) -> Doc:
        uri = record["uri"]
        title = record.get("title") or record.get("display_string") or ""
        repo = record.get("repository", {}).get("ref") if KINDS[kind].repo_scoped else "global"
        types = [kind, "agent"] if kind.startswith("agent_") else [kind]
        doc: Doc = {
            "id": uri,
            "uri": uri,
            "jsonmodel_type": kind,
            "primary_type": kind,
            "types": types,
            "title": title,
            "title_sort": str(title).lower(),
            "repository": repo or "global",
            "publish": bool(record.get("publish")),
            "suppressed": bool(record.get("suppressed")),
            "create_time": record.get("create_time"),
            "system_mtime": record.get("system_mtime"),
            "user_mtime": record.get("user_mtime"),
            "created_by": record.get("created_by"),
            "last_modified_by": record.get("last_modified_by"),
            "json": json.dumps(record, separators=(",", ":")),
        }
        identifier = _identifier(record)
        if identifier:
            doc["identifier"] = identifier
            doc["four_part_id"] = identifier.replace("-", " ")
        for field in (
            "level",
            "component_id",
            "ref_id",
            "digital_object_id",
            "digital_object_type",
            "event_type",
            "building",
            "indicator",
            "barcode",
            "accession_date",
            "source",
            "outcome",
            "repo_code",
        ):
            if record.get(field):
                doc[field] = record[field]
        if kind in ("archival_object", "digital_object_component"):
            root_field = "resource" if kind == "archival_object" else "digital_object"
            doc[root_field] = record.get(root_field, {}).get("ref")
            doc["ancestors"] = [a["ref"] for a in record.get("ancestors") or []]
            parent = ref_id(record.get("parent"))
            doc["parent_id"] = parent
        subjects = self._titles(record.get("subjects"))
        if subjects:
            doc["subjects"] = subjects
        creators = self._titles(record.get("linked_agents"), role="creator")
        if creators:
            doc["creators"] = creators
        agents = self._titles(record.get("linked_agents"))
        if agents:
            doc["agents"] = agents
        notes = _note_text(record)
        if notes:
            doc["notes"] = notes
        texts: list[str] = []
        _strings(record, texts)
        doc["fullrecord"] = " ".join(texts)
        return doc


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, as a simple Solr text analyser makes them."""
    return _WORD.findall(text.lower())


def public(doc: Doc, fields: list[str]) -> Doc:
    """A document as a search result shows it (only ``fields`` when given)."""
    if fields:
        return {k: v for k, v in doc.items() if k in fields}
    return {k: v for k, v in doc.items() if k not in INTERNAL}

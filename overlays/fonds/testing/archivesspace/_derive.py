"""Fields the server computes when a record is saved (display strings, titles, sort names)."""

from __future__ import annotations

import hashlib
from typing import Any

Record = dict[str, Any]

READONLY = frozenset(
    {
        "uri",
        "lock_version",
        "created_by",
        "last_modified_by",
        "create_time",
        "system_mtime",
        "user_mtime",
        "repository",
        "display_string",
        "ancestors",
        "has_unpublished_ancestor",
        "linked_events",
        "suppressed",
        "tree",
        "is_linked_to_published_record",
        "used_within_repositories",
        "used_within_published_repositories",
        "long_display_string",
        "representative_file_version",
        "ark_name",
        "collection",
        "series",
    }
)


def strip_resolved(value: Any) -> Any:
    """A copy of ``value`` without the read-only ``_resolved`` links a client may send back."""
    if isinstance(value, dict):
        return {k: strip_resolved(v) for k, v in value.items() if k != "_resolved"}
    if isinstance(value, list):
        return [strip_resolved(v) for v in value]
    return value


def _date_text(record: Record) -> str | None:
    for found in record.get("dates") or []:
        if not isinstance(found, dict):
            continue
        if found.get("expression"):
            return str(found["expression"])
        if found.get("begin"):
            return f"{found['begin']}-{found['end']}" if found.get("end") else str(found["begin"])
    return None


def _sort_name(name: Record) -> str:
    kind = name.get("jsonmodel_type")
    if kind == "name_person":
        parts = [name.get("primary_name"), name.get("rest_of_name"), name.get("dates")]
    elif kind == "name_family":
        parts = [name.get("family_name"), name.get("dates")]
    elif kind == "name_software":
        parts = [name.get("software_name"), name.get("version")]
    else:
        parts = [name.get("primary_name"), name.get("subordinate_name_1"), name.get("dates")]
    return ", ".join(str(p) for p in parts if p)


def derive(kind: str, record: Record) -> None:
    """Fill the computed fields of ``record`` (of type ``kind``) in place."""
    if kind == "accession":
        record.setdefault("publish", False)
        ids = [record.get(f"id_{i}") for i in range(4)]
        record["display_string"] = record.get("title") or "-".join(str(i) for i in ids if i)
    elif kind in ("archival_object", "digital_object_component"):
        record.setdefault("publish", False)
        if kind == "archival_object" and not record.get("ref_id"):
            record["ref_id"] = "aspace_" + hashlib.blake2b(str(record.get("uri")).encode(), digest_size=16).hexdigest()
        title = record.get("title") or record.get("label")
        when = _date_text(record)
        record["display_string"] = ", ".join(str(p) for p in (title, when) if p) or "Untitled"
    elif kind in ("resource", "digital_object"):
        record["tree"] = {"ref": f"{record['uri']}/tree"}
    elif kind == "subject":
        record.setdefault("is_linked_to_published_record", False)
        terms = [t.get("term") if isinstance(t, dict) else str(t) for t in record.get("terms") or []]
        record["title"] = " -- ".join(str(t) for t in terms if t)
    elif kind.startswith("agent_"):
        names = [n for n in record.get("names") or [] if isinstance(n, dict)]
        for flag in ("authorized", "is_display_name"):  # the first name stands in when none is marked
            marked = any(n.get(flag) for n in names)
            for index, name in enumerate(names):
                name[flag] = bool(name.get(flag)) or (not marked and index == 0)
        record.setdefault("is_linked_to_published_record", False)
        for name in names:
            if name.get("jsonmodel_type") == "name_corporate_entity" or kind == "agent_corporate_entity":
                name.setdefault("conference_meeting", False)
                name.setdefault("jurisdiction", False)
            if not name.get("sort_name") or name.get("sort_name_auto_generate", True):
                name["sort_name"] = _sort_name(name)
        if names:
            display = next((n for n in names if n.get("is_display_name")), names[0])
            record["display_name"] = display
            record["title"] = display["sort_name"]
        record["agent_type"] = kind
    elif kind == "location":
        coordinates = ", ".join(
            f"{record[f'coordinate_{i}_label']}: {record.get(f'coordinate_{i}_indicator', '')}"
            for i in (1, 2, 3)
            if record.get(f"coordinate_{i}_label")
        )
        place = ", ".join(str(record[k]) for k in ("building", "floor", "room", "area") if record.get(k))
        record["title"] = f"{place} [{coordinates}]" if coordinates else place
    elif kind == "top_container":
        barcode = f" [Barcode: {record['barcode']}]" if record.get("barcode") else ""
        record["display_string"] = (
            f"{str(record.get('type') or 'container').capitalize()} {record.get('indicator')}{barcode}"
        )
        collection = next((c for c in record.get("collection") or [] if isinstance(c, dict)), None)
        parts = [f"{str(record.get('type') or 'container').capitalize()} {record.get('indicator')}"]
        if collection:
            parts += [str(collection.get(k)) for k in ("identifier", "display_string") if collection.get(k)]
        record["long_display_string"] = ", ".join(parts)
        record.setdefault("restricted", False)
        record.setdefault("is_linked_to_published_record", False)
    elif kind == "repository":
        record["display_string"] = f"{record.get('name')} ({record.get('repo_code')})"
        if record.get("is_slug_auto", True) or not record.get("slug"):
            record["slug"] = str(record.get("repo_code") or "").lower()
        record.setdefault("position", 0)
        record.setdefault("publish", True)
        record.setdefault("oai_is_disabled", False)

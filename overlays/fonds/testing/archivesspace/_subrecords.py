"""Builders of the embedded subrecords (dates, extents, notes, instances...) in the server's shapes."""

from __future__ import annotations

import random
from typing import Any

from . import _words as words

Record = dict[str, Any]


def ref(uri: str, **extra: Any) -> Record:
    """A link: ``{"ref": uri, ...}``."""
    return {"ref": uri, **extra}


def date(audit: Record, begin: int, end: int | None, label: str = "creation") -> Record:
    """A ``date`` subrecord, inclusive when ``end`` differs from ``begin``."""
    if end is None or end == begin:
        return {
            "lock_version": 0,
            "expression": str(begin),
            "begin": str(begin),
            **audit,
            "date_type": "single",
            "label": label,
            "jsonmodel_type": "date",
        }
    return {
        "lock_version": 0,
        "expression": f"{begin}-{end}",
        "begin": str(begin),
        "end": str(end),
        **audit,
        "date_type": "inclusive",
        "label": label,
        "jsonmodel_type": "date",
    }


def extent(audit: Record, number: str, extent_type: str, portion: str = "whole", summary: str | None = None) -> Record:
    """An ``extent`` subrecord."""
    record = {
        "lock_version": 0,
        "number": number,
        **audit,
        "portion": portion,
        "extent_type": extent_type,
        "jsonmodel_type": "extent",
    }
    if summary:
        record["container_summary"] = summary
    return record


def persistent_id(rng: random.Random) -> str:
    """A note's ``persistent_id`` (32 hex digits, like the server's)."""
    return f"{rng.getrandbits(128):032x}"


def note_multipart(rng: random.Random, note_type: str, text: str, label: str | None = None) -> Record:
    """A ``note_multipart`` (scopecontent, bioghist, accessrestrict...) with one ``note_text``."""
    note: Record = {
        "jsonmodel_type": "note_multipart",
        "persistent_id": persistent_id(rng),
        "type": note_type,
        "subnotes": [{"jsonmodel_type": "note_text", "content": text, "publish": True}],
        "publish": True,
    }
    if label:
        note["label"] = label
    return note


def note_singlepart(rng: random.Random, note_type: str, text: str) -> Record:
    """A ``note_singlepart`` (abstract, physdesc, physloc...)."""
    return {
        "jsonmodel_type": "note_singlepart",
        "persistent_id": persistent_id(rng),
        "type": note_type,
        "content": [text],
        "publish": True,
    }


def lang_material(audit: Record, language: str = "eng", script: str = "Latn") -> Record:
    """A ``lang_material`` holding one ``language_and_script``."""
    return {
        "lock_version": 0,
        **audit,
        "jsonmodel_type": "lang_material",
        "notes": [],
        "language_and_script": {
            "lock_version": 0,
            "language": language,
            "script": script,
            **audit,
            "jsonmodel_type": "language_and_script",
        },
    }


def container_instance(audit: Record, top_container_uri: str, folder: int) -> Record:
    """A ``mixed_materials`` instance whose ``sub_container`` links a top container (``Folder N``)."""
    return {
        "lock_version": 0,
        **audit,
        "instance_type": "mixed_materials",
        "jsonmodel_type": "instance",
        "is_representative": False,
        "sub_container": {
            "lock_version": 0,
            "indicator_2": str(folder),
            **audit,
            "type_2": "folder",
            "jsonmodel_type": "sub_container",
            "top_container": ref(top_container_uri),
        },
    }


def digital_instance(audit: Record, digital_object_uri: str) -> Record:
    """A ``digital_object`` instance linking a digital object."""
    return {
        "lock_version": 0,
        **audit,
        "instance_type": "digital_object",
        "jsonmodel_type": "instance",
        "is_representative": False,
        "digital_object": ref(digital_object_uri),
    }


def phrase(rng: random.Random, name: str, place: str, topic: str, org: str) -> str:
    """One sentence of descriptive prose."""
    return words.PHRASES[int(rng.random() * len(words.PHRASES))].format(name=name, place=place, topic=topic, org=org)


def pick(rng: random.Random, items: tuple[str, ...]) -> str:
    """One of ``items``."""
    return items[int(rng.random() * len(items))]

"""``/vocabularies``: the one vocabulary of a fresh server (``global``) and the terms its subjects use."""

from __future__ import annotations

from typing import Any

from .._core import Response
from ._call import Call
from ._errors import not_found
from ._world import BASE_TIME, iso

Record = dict[str, Any]


def _terms(call: Call) -> list[Record]:
    found: dict[str, Record] = {}
    for subject_id in call.store.ids("subject", None):
        subject = call.store.get("subject", subject_id) or {}
        for term in subject.get("terms") or []:
            if isinstance(term, dict) and isinstance(term.get("uri"), str):
                found.setdefault(term["uri"], {**term, "vocabulary": "/vocabularies/1"})
    return list(found.values())


def _vocabulary(call: Call) -> Record:
    stamp = iso(BASE_TIME)
    return {
        "lock_version": 0,
        "ref_id": "global",
        "name": "global",
        "created_by": "admin",
        "last_modified_by": "admin",
        "create_time": stamp,
        "system_mtime": stamp,
        "user_mtime": stamp,
        "jsonmodel_type": "vocabulary",
        "terms": [term["uri"] for term in _terms(call)],
        "uri": "/vocabularies/1",
    }


def list_vocabularies(call: Call) -> Response:
    """``GET /vocabularies[?ref_id=global]``."""
    ref_id = call.params.string("ref_id")
    call.permit(None)
    return Response.json([_vocabulary(call)] if ref_id in (None, "global") else [])


def get_vocabulary(call: Call, id: str) -> Response:
    """``GET /vocabularies/{id}``: 404 JSON for any id but 1."""
    record_id = call.record_id(id)
    call.permit(None)
    if record_id != 1:
        raise not_found("Vocabulary")
    return Response.json(_vocabulary(call))


def vocabulary_terms(call: Call, id: str) -> Response:
    """``GET /vocabularies/{id}/terms``: the terms of the vocabulary, as records."""
    record_id = call.record_id(id)
    call.permit(None)
    if record_id != 1:
        raise not_found("Vocabulary")
    return Response.json(_terms(call))

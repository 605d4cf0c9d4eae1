"""How operations are named in the clients' namespaces.

A namespace is a tag; a method is the operationId without the tag's noun: in tag ``accessions`` (singular
``accession``), ``get_accession`` is ``get``, ``list_accessions`` is ``list`` and ``get_accession_top_containers``
is ``get_top_containers``. A tag whose singular is irregular declares it with ``x-fonds-singular``.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable


def snake(text: str) -> str:
    """``Agents People`` or ``agents-people`` as ``agents_people``."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"[^a-zA-Z0-9]+", "_", text).strip("_").lower()


def singular(tag: str) -> str:
    """The default singular of a tag: ``repositories`` -> ``repository``, ``accessions`` -> ``accession``."""
    if tag.endswith("ies"):
        return tag[:-3] + "y"
    if tag.endswith("s") and not tag.endswith("ss"):
        return tag[:-1]
    return tag


def method_name(operation_id: str, tag: str, nouns: Iterable[str]) -> str:
    """The namespace method for ``operation_id``: the first of ``nouns`` found as whole words, removed.

    >>> method_name("get_accession_top_containers", "accessions", ["accessions", "accession"])
    'get_top_containers'
    """
    words = snake(operation_id).split("_")
    for noun in sorted({snake(n) for n in nouns}, key=len, reverse=True):
        parts = noun.split("_")
        for i in range(len(words) - len(parts) + 1):
            if words[i : i + len(parts)] == parts:
                rest = words[:i] + words[i + len(parts) :]
                if rest:
                    name = "_".join(rest)
                    return f"{name}_" if keyword.iskeyword(name) else name
    return snake(operation_id)

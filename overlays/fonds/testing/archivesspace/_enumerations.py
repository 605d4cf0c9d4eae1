"""The enumerations the simulator knows (a fresh server's values), served by ``/config/enumerations``.

Read-only lists (``editable: false``) refuse a value they do not hold with the server's "Protected read-only list"
error; editable ones refuse it with "Invalid value" (only the batch importer may add values). Only the lists the
seeded and typical records use are here, in the server's order.
"""

from __future__ import annotations

from typing import Any

from ._world import BASE_TIME, iso


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


#: name -> (editable, values)
ENUMERATIONS: dict[str, tuple[bool, tuple[str, ...]]] = {
    "archival_record_level": (
        False,
        _words("class collection file fonds item otherlevel recordgrp series subfonds subgrp subseries"),
    ),
    "date_type": (False, ("single", "bulk", "inclusive", "range", "expression")),
    "date_label": (
        False,
        _words(
            "broadcast copyright creation deaccession digitized event issued modified publication "
            "agent_relation existence usage acquisition record_keeping other"
        ),
    ),
    "date_certainty": (False, ("approximate", "inferred", "questionable")),
    "extent_portion": (False, ("whole", "part")),
    "linked_agent_role": (False, ("creator", "source", "subject")),
    "name_person_name_order": (False, ("inverted", "direct")),
    "container_location_status": (False, ("current", "previous")),
    "subject_term_type": (
        False,
        _words(
            "cultural_context function genre_form geographic occupation style_period technique temporal "
            "topical uniform_title"
        ),
    ),
    "extent_extent_type": (
        True,
        _words(
            "cassettes cubic_feet gigabytes leaves linear_feet megabytes photographic_prints "
            "photographic_slides reels sheets terabytes volumes"
        ),
    ),
    "instance_instance_type": (
        True,
        _words(
            "accession audio books computer_disks digital_object graphic_materials maps microform "
            "mixed_materials moving_images realia text"
        ),
    ),
    "container_type": (True, ("box", "carton", "case", "folder", "frame", "object", "reel")),
    "resource_resource_type": (True, ("collection", "publications", "papers", "records")),
    "accession_resource_type": (True, ("collection", "publications", "papers", "records")),
    "accession_acquisition_type": (True, ("deposit", "gift", "purchase", "transfer")),
    "resource_finding_aid_status": (True, ("completed", "in_progress", "under_revision", "unprocessed")),
    "resource_finding_aid_description_rules": (True, ("aacr", "cco", "dacs", "rad", "isadg")),
    "subject_source": (True, ("aat", "rbgenr", "tgn", "lcsh", "local", "mesh", "gmgpc")),
    "name_source": (True, ("local", "naf", "nad", "ulan")),
    "name_rule": (True, ("local", "aacr", "dacs", "rda")),
    "event_outcome": (True, ("pass", "partial pass", "fail")),
    "linked_agent_event_roles": (
        True,
        ("authorizer", "executing_program", "implementer", "recipient", "transmitter", "validator"),
    ),
    "linked_event_archival_record_roles": (True, ("source", "outcome", "transfer")),
    "digital_object_digital_object_type": (
        True,
        _words(
            "cartographic mixed_materials moving_image notated_music software_multimedia "
            "sound_recording sound_recording_musical sound_recording_nonmusical still_image text"
        ),
    ),
    "file_version_checksum_methods": (True, ("md5", "sha-1", "sha-256", "sha-384", "sha-512")),
}

#: (record kind, property) -> enumeration: the top-level properties validated against a list.
TOP_LEVEL: dict[tuple[str, str], str] = {
    ("resource", "level"): "archival_record_level",
    ("archival_object", "level"): "archival_record_level",
}

#: (subrecord list, property) -> enumeration: the subrecord properties validated in every record (but those of
#: ``EXCEPT``: an event's linked agents have roles of their own).
NESTED: dict[tuple[str, str], str] = {
    ("dates", "date_type"): "date_type",
    ("dates", "label"): "date_label",
    ("extents", "portion"): "extent_portion",
    ("linked_agents", "role"): "linked_agent_role",
    ("terms", "term_type"): "subject_term_type",
}
EXCEPT: dict[tuple[str, str], frozenset[str]] = {("linked_agents", "role"): frozenset({"event"})}


def invalid_value(name: str, path: str, value: Any) -> str | None:
    """The server's message for ``value`` at ``path`` (``#/level``) of enumeration ``name``, or None when valid.

    Example::

        invalid_value("archival_record_level", "#/level", "bogus-level")  # "Protected read-only list #/level. ..."
    """
    editable, values = ENUMERATIONS[name]
    if not isinstance(value, str) or value in values:
        return None
    message = f"Invalid value '{value}'.  Must be one of: {', '.join(values)}"
    return message if editable else f"Protected read-only list {path}. {message}"


def enumeration_id(name: str) -> int:
    """The id of an enumeration (``/config/enumerations/{id}``): its place in the table, from 1."""
    return list(ENUMERATIONS).index(name) + 1


def value_id(name: str, index: int) -> int:
    """The id of one value (``/config/enumeration_values/{id}``)."""
    return enumeration_id(name) * 1000 + index


def enumeration(name: str) -> dict[str, Any]:
    """JSONModel(:enumeration) of ``name``, as ``GET /config/enumerations/names/{name}`` answers it.

    Example::

        enumeration("archival_record_level")["values"][:2]  # ["class", "collection"]
    """
    editable, values = ENUMERATIONS[name]
    stamp = iso(BASE_TIME)
    audit = {
        "created_by": "admin",
        "last_modified_by": "admin",
        "create_time": stamp,
        "system_mtime": stamp,
        "user_mtime": stamp,
    }
    return {
        "lock_version": 0,
        "name": name,
        "editable": editable,
        **audit,
        "jsonmodel_type": "enumeration",
        "relationships": [],
        "enumeration_values": [enumeration_value(name, index) for index in range(len(values))],
        "values": list(values),
        "readonly_values": [] if editable else list(values),
        "uri": f"/config/enumerations/{enumeration_id(name)}",
    }


def enumeration_value(name: str, index: int) -> dict[str, Any]:
    """JSONModel(:enumeration_value): one value of an enumeration."""
    editable, values = ENUMERATIONS[name]
    stamp = iso(BASE_TIME)
    return {
        "lock_version": 0,
        "value": values[index],
        "readonly": not editable,
        "position": index,
        "suppressed": False,
        "created_by": "admin",
        "last_modified_by": "admin",
        "create_time": stamp,
        "system_mtime": stamp,
        "user_mtime": stamp,
        "jsonmodel_type": "enumeration_value",
        "uri": f"/config/enumeration_values/{value_id(name, index)}",
    }

"""Seeded description records (accessions, resources, archival objects, digital objects), built on demand.

Each function returns the record as the server would store it, without the fields that depend on the live tree
(an archival object's ``position``, ``parent`` and ``ancestors`` are added by the store when it is read).
"""

from __future__ import annotations

from typing import Any

from . import _words as words
from ._subrecords import (
    Record,
    container_instance,
    date,
    digital_instance,
    extent,
    lang_material,
    note_multipart,
    note_singlepart,
    phrase,
    pick,
    ref,
)
from ._world import World

REPO = "/repositories/2"


def _common(world: World, kind: str, record_id: int, uri: str) -> Record:
    return {
        "lock_version": 0,
        **world.audit(kind, record_id),
        "jsonmodel_type": kind,
        "uri": uri,
        "repository": ref(REPO),
    }


def _agent_ref(world: World, kind: str, agent_id: int, role: str) -> Record:
    collection = {
        "agent_person": "people",
        "agent_corporate_entity": "corporate_entities",
        "agent_family": "families",
        "agent_software": "software",
    }[kind]
    # The server leaves out properties without a value (no "relator": null).
    return {"role": role, "terms": [], "is_primary": False, "ref": f"/agents/{collection}/{agent_id}"}


def accession(world: World, accession_id: int) -> Record:
    """Seeded accession ``accession_id``: a gift or purchase, related to the resource with the same id."""
    rng = world.rng("accession", accession_id)
    audit = world.audit("accession", accession_id)
    year = 2000 + accession_id * 24 // max(1, len(world.seeded("accession")))
    person = 1 + int(rng.random() * len(world.seeded("agent_person")))
    given, surname, _, _ = world.person_name(person)
    place = pick(rng, words.PLACES)
    topic = pick(rng, words.TOPICS)
    acquisition = "gift" if rng.random() < 0.7 else "purchase"
    title = f"{'Gift' if acquisition == 'gift' else 'Purchase'} of {given} {surname} material on {topic.lower()}"
    begin = 1850 + int(rng.random() * 100)
    record: Record = {
        **_common(world, "accession", accession_id, f"{REPO}/accessions/{accession_id}"),
        "title": title,
        "display_string": title,
        "id_0": str(year),
        "id_1": f"{accession_id:03d}",
        "accession_date": f"{year}-{1 + int(rng.random() * 12):02d}-{1 + int(rng.random() * 28):02d}",
        "content_description": phrase(rng, f"{given} {surname}", place, topic, pick(rng, words.ORGANIZATIONS)),
        "condition_description": "Good; some foxing.",
        "provenance": f"Received from {given} {surname} of {place}.",
        "acquisition_type": acquisition,
        "resource_type": "papers",
        "publish": False,
        "restrictions_apply": False,
        "access_restrictions": False,
        "use_restrictions": False,
        "suppressed": False,
        "is_slug_auto": True,
        "external_ids": [],
        "related_accessions": [],
        "classifications": [],
        "linked_events": [],
        "external_documents": [],
        "rights_statements": [],
        "deaccessions": [],
        "instances": [],
        "metadata_rights_declarations": [],
        "component_links": [],
        "subjects": [ref(f"/subjects/{1 + int(rng.random() * len(world.seeded('subject')))}")],
        "linked_agents": [_agent_ref(world, "agent_person", person, "source")],
        "extents": [extent(audit, str(1 + int(rng.random() * 12)), "linear_feet")],
        "dates": [date(audit, begin, begin + int(rng.random() * 30))],
        "lang_materials": [],
        "related_resources": (
            [ref(f"{REPO}/resources/{accession_id}")] if accession_id in world.seeded("resource") else []
        ),
    }
    return record


def resource(world: World, resource_id: int) -> Record:
    """Seeded resource ``resource_id`` (a collection whose tree is given by the layout)."""
    rng = world.rng("resource", resource_id)
    audit = world.audit("resource", resource_id)
    begin, end = world.resource_years(resource_id)
    creator_kind, creator_id = world.resource_creator(resource_id)
    title = world.resource_title(resource_id)
    place, topic = pick(rng, words.PLACES), pick(rng, words.TOPICS)
    org = pick(rng, words.ORGANIZATIONS)
    block = world.layout.block(resource_id)
    feet = max(1, block.size // 40)
    subjects = sorted({1 + int(rng.random() * len(world.seeded("subject"))) for _ in range(2)})
    uri = f"{REPO}/resources/{resource_id}"
    record: Record = {
        **_common(world, "resource", resource_id, uri),
        "title": title,
        "id_0": "MS",
        "id_1": f"{resource_id:03d}",
        "level": "collection",
        "resource_type": "papers",
        "publish": True,
        "restrictions": False,
        "suppressed": False,
        "is_slug_auto": True,
        "ead_id": f"ms{resource_id:03d}",
        "finding_aid_title": f"Guide to the {title}",
        "finding_aid_filing_title": title,
        "finding_aid_date": str(begin + 120),
        "finding_aid_author": "Simulated Archives staff",
        "finding_aid_description_rules": "dacs",
        "finding_aid_language": "eng",
        "finding_aid_script": "Latn",
        "finding_aid_status": "completed",
        "is_finding_aid_status_published": False,
        "tree": ref(f"{uri}/tree"),
        "dates": [date(audit, begin, end)],
        "extents": [extent(audit, str(feet), "linear_feet", summary=f"{max(1, feet * 2)} boxes")],
        "lang_materials": [lang_material(audit)],
        "subjects": [ref(f"/subjects/{s}") for s in subjects],
        "linked_agents": [_agent_ref(world, creator_kind, creator_id, "creator")],
        "notes": [
            note_singlepart(rng, "abstract", f"{title}, {begin}-{end}. {phrase(rng, title, place, topic, org)}."),
            note_multipart(
                rng,
                "scopecontent",
                f"{phrase(rng, title, place, topic, org)}. {phrase(rng, title, place, topic, org)}.",
                "Scope and Contents",
            ),
            note_multipart(
                rng, "bioghist", f"The {title.rsplit(' ', 1)[0]} were active in {place}.", "Biographical / Historical"
            ),
            note_multipart(
                rng, "accessrestrict", "This collection is open for research.", "Conditions Governing Access"
            ),
        ],
        "related_accessions": (
            [ref(f"{REPO}/accessions/{resource_id}")] if resource_id in world.seeded("accession") else []
        ),
        "external_ids": [],
        "linked_events": [],
        "external_documents": [],
        "rights_statements": [],
        "instances": [],
        "deaccessions": [],
        "classifications": [],
        "revision_statements": [],
        "metadata_rights_declarations": [],
    }
    return record


def _component_path(world: World, ao_id: int) -> str:
    parts: list[str] = []
    current: int | None = ao_id
    while current is not None:
        node = world.layout.node(current)
        if node is None:  # pragma: no cover
            break
        parts.append(str(node.position + 1))
        current = node.parent_id
    return ".".join(reversed(parts))


def archival_object(world: World, ao_id: int) -> Record | None:
    """Seeded archival object ``ao_id`` (None when the layout has no such record)."""
    node = world.layout.node(ao_id)
    if node is None:
        return None
    rng = world.rng("archival_object", ao_id)
    audit = world.audit("archival_object", ao_id)
    begin, end = world.resource_years(node.resource_id)
    person = 1 + int(rng.random() * len(world.seeded("agent_person")))
    given, surname, _, _ = world.person_name(person)
    name, place, topic = f"{given} {surname}", pick(rng, words.PLACES), pick(rng, words.TOPICS)
    org = pick(rng, words.ORGANIZATIONS)
    level = node.level_name
    if level == "series":
        title = f"{words.SERIES_TITLES[node.position % len(words.SERIES_TITLES)]}"
        first, last = begin, end
    else:
        template = words.ITEM_TITLES if level == "item" else words.FILE_TOPICS
        if level == "subseries":
            title = f"{topic}"
        else:
            title = pick(rng, template).format(name=name, place=place, topic=topic.lower(), org=org)
        first = begin + int(rng.random() * (end - begin + 1))
        last = min(end, first + int(rng.random() * (6 if level != "item" else 1)))
    dates = [date(audit, first, last)]
    display = f"{title}, {dates[0]['expression']}"
    uri = f"{REPO}/archival_objects/{ao_id}"
    notes: list[Record] = []
    if level in ("series", "subseries"):
        notes.append(
            note_multipart(rng, "scopecontent", f"{phrase(rng, name, place, topic, org)}.", "Scope and Contents")
        )
    elif rng.random() < 0.3:
        notes.append(note_singlepart(rng, "physdesc", f"{1 + int(rng.random() * 40)} leaves"))
    instances: list[Record] = []
    if level in ("file", "item"):
        box, folder = world.box_of(ao_id)
        instances.append(container_instance(audit, f"{REPO}/top_containers/{box}", folder))
    digital = world.digital_object_of(ao_id)
    if digital is not None:
        instances.append(digital_instance(audit, f"{REPO}/digital_objects/{digital}"))
    subjects = (
        [ref(f"/subjects/{1 + int(rng.random() * len(world.seeded('subject')))}")]
        if level == "series" or rng.random() < 0.25
        else []
    )
    agents = [_agent_ref(world, "agent_person", person, "subject")] if level != "series" and rng.random() < 0.3 else []
    record: Record = {
        **_common(world, "archival_object", ao_id, uri),
        "title": title,
        "display_string": display,
        "level": level,
        "component_id": _component_path(world, ao_id),
        "ref_id": f"aspace_{rng.getrandbits(128):032x}",
        "publish": True,
        "suppressed": False,
        "restrictions_apply": False,
        "is_slug_auto": True,
        "has_unpublished_ancestor": False,
        "resource": ref(f"{REPO}/resources/{node.resource_id}"),
        "dates": dates,
        "extents": ([extent(audit, str(1 + int(rng.random() * 5)), "linear_feet")] if level == "series" else []),
        "notes": notes,
        "instances": instances,
        "subjects": subjects,
        "linked_agents": agents,
        "external_ids": [],
        "linked_events": [],
        "lang_materials": [],
        "external_documents": [],
        "rights_statements": [],
        "accession_links": [],
        "import_previous_arks": [],
    }
    return record


def digital_object(world: World, do_id: int) -> Record:
    """Seeded digital object ``do_id``, an instance of one seeded archival object."""
    rng = world.rng("digital_object", do_id)
    audit = world.audit("digital_object", do_id)
    place, topic = pick(rng, words.PLACES), pick(rng, words.TOPICS)
    do_type = pick(rng, words.DIGITAL_OBJECT_TYPES)
    fmt = pick(rng, words.FILE_FORMATS)
    identifier = f"do-{do_id:04d}"
    ao_id = world.archival_object_of(do_id)
    year = 1850 + int(rng.random() * 120)
    uri = f"{REPO}/digital_objects/{do_id}"
    record: Record = {
        **_common(world, "digital_object", do_id, uri),
        "title": f"Digitized {topic.lower()} material from {place}",
        "digital_object_id": identifier,
        "digital_object_type": do_type,
        "level": "image" if do_type == "still_image" else "work",
        "publish": True,
        "restrictions": False,
        "suppressed": False,
        "is_slug_auto": True,
        "tree": ref(f"{uri}/tree"),
        "file_versions": [
            {
                "lock_version": 0,
                **audit,
                "jsonmodel_type": "file_version",
                "identifier": str(do_id),
                "file_uri": f"https://media.example.org/{identifier}/master.{fmt}",
                "use_statement": "image-master",
                "publish": True,
                "is_representative": False,
                "file_format_name": fmt,
                "file_size_bytes": 10_000 + int(rng.random() * 50_000_000),
                "checksum_method": "sha-256",
                "checksum": f"{rng.getrandbits(256):064x}",
            }
        ],
        "dates": [date(audit, year, None)],
        "linked_instances": [ref(f"{REPO}/archival_objects/{ao_id}")] if ao_id else [],
        "notes": [],
        "subjects": [],
        "linked_agents": [],
        "extents": [],
        "lang_materials": [],
        "external_ids": [],
        "linked_events": [],
        "external_documents": [],
        "rights_statements": [],
        "classifications": [],
        "metadata_rights_declarations": [],
        "collection": [],
    }
    return record


def digital_object_component(world: World, doc_id: int) -> Any:  # pragma: no cover - none are seeded
    """No digital object components are seeded: they exist once created."""
    return None

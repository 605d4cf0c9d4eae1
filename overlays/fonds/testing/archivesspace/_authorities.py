"""Seeded agents, subjects, locations, events, top containers and the repository, built on demand."""

from __future__ import annotations

from collections.abc import Callable

from . import _words as words
from ._subrecords import Record, date, note_multipart, ref
from ._world import AOS_PER_BOX, World

REPO = "/repositories/2"

_AGENT_LISTS = (
    "agent_contacts",
    "agent_record_controls",
    "agent_alternate_sets",
    "agent_conventions_declarations",
    "agent_other_agency_codes",
    "agent_maintenance_histories",
    "agent_record_identifiers",
    "agent_identifiers",
    "agent_sources",
    "agent_places",
    "agent_occupations",
    "agent_functions",
    "agent_topics",
    "agent_resources",
    "agent_genders",
    "external_documents",
    "related_agents",
    "used_languages",
    "metadata_rights_declarations",
    "used_within_repositories",
    "used_within_published_repositories",
)


def _agent(
    world: World,
    kind: str,
    agent_id: int,
    collection: str,
    name: Record,
    sort_name: str,
    born: int | None = None,
    died: int | None = None,
    bioghist: str | None = None,
) -> Record:
    rng = world.rng(kind, agent_id)
    audit = world.audit(kind, agent_id)
    name = {
        "lock_version": 0,
        **audit,
        "jsonmodel_type": name["jsonmodel_type"],
        **name,
        "sort_name": sort_name,
        "sort_name_auto_generate": True,
        "authorized": True,
        "is_display_name": True,
        "source": "local",
        "rules": "dacs",
        "use_dates": [],
        "parallel_names": [],
    }
    record: Record = {
        "lock_version": 0,
        **audit,
        "jsonmodel_type": kind,
        "agent_type": kind,
        "uri": f"/agents/{collection}/{agent_id}",
        "title": sort_name,
        "publish": True,
        "is_linked_to_published_record": True,
        "system_generated": False,
        "is_slug_auto": True,
        "linked_agent_roles": ["creator", "subject", "source"],
        "names": [name],
        "display_name": name,
        "notes": [],
        "dates_of_existence": [],
        **{key: [] for key in _AGENT_LISTS},
    }
    if born is not None:
        record["dates_of_existence"] = [
            {
                "lock_version": 0,
                **audit,
                "jsonmodel_type": "structured_date_label",
                "date_type_structured": "range",
                "date_label": "existence",
                "structured_date_range": {
                    "lock_version": 0,
                    "jsonmodel_type": "structured_date_range",
                    "begin_date_standardized": str(born),
                    "end_date_standardized": str(died),
                },
            }
        ]
    if bioghist:
        record["notes"] = [note_multipart(rng, "bioghist", bioghist, "Biographical / Historical")]
        record["notes"][0]["jsonmodel_type"] = "note_bioghist"
    return record


def agent_person(world: World, person_id: int) -> Record:
    """Seeded agent_person ``person_id``."""
    given, surname, born, died = world.person_name(person_id)
    name = {
        "jsonmodel_type": "name_person",
        "primary_name": surname,
        "rest_of_name": given,
        "name_order": "inverted",
        "dates": f"{born}-{died}",
    }
    place = words.PLACES[world.h(106, person_id) % len(words.PLACES)]
    return _agent(
        world,
        "agent_person",
        person_id,
        "people",
        name,
        world.person_sort_name(person_id),
        born,
        died,
        f"{given} {surname} ({born}-{died}) lived in {place}.",
    )


def agent_corporate_entity(world: World, corporate_id: int) -> Record:
    """Seeded agent_corporate_entity ``corporate_id``."""
    title = world.corporate_name(corporate_id)
    name = {
        "jsonmodel_type": "name_corporate_entity",
        "primary_name": title,
        "conference_meeting": False,
        "jurisdiction": False,
    }
    founded = 1820 + world.h(107, corporate_id) % 100
    return _agent(
        world,
        "agent_corporate_entity",
        corporate_id,
        "corporate_entities",
        name,
        title,
        founded,
        founded + 80,
        f"The {title} was founded in {founded}.",
    )


def agent_family(world: World, family_id: int) -> Record:
    """Seeded agent_family ``family_id``."""
    title = world.family_name(family_id)
    name = {"jsonmodel_type": "name_family", "family_name": title}
    return _agent(world, "agent_family", family_id, "families", name, title)


def agent_software(world: World, software_id: int) -> Record:
    """Seeded agent_software ``software_id`` (1 is ArchivesSpace itself, as on a fresh server)."""
    title = world.software_name(software_id)
    name = {
        "jsonmodel_type": "name_software",
        "software_name": title,
        "version": "4.2.0" if software_id == 1 else "1.0",
    }
    return _agent(world, "agent_software", software_id, "software", name, title)


def subject(world: World, subject_id: int) -> Record:
    """Seeded subject ``subject_id`` (one topical term, sometimes a geographic one after it)."""
    audit = world.audit("subject", subject_id)
    terms = [
        {
            "lock_version": 0,
            **audit,
            "jsonmodel_type": "term",
            "term": term,
            "term_type": term_type,
            "vocabulary": "/vocabularies/1",
            "uri": f"/terms/{subject_id * 2 - 1 + index}",
        }
        for index, (term, term_type) in enumerate(world.subject_terms(subject_id))
    ]
    return {
        "lock_version": 0,
        **audit,
        "jsonmodel_type": "subject",
        "uri": f"/subjects/{subject_id}",
        "title": world.subject_title(subject_id),
        "source": "lcsh",
        "vocabulary": "/vocabularies/1",
        "authority_id": f"http://id.loc.gov/authorities/subjects/sh{85000000 + world.h(108, subject_id) % 999999}",
        "terms": terms,
        "publish": True,
        "is_linked_to_published_record": True,
        "is_slug_auto": True,
        "external_ids": [],
        "external_documents": [],
        "metadata_rights_declarations": [],
        "used_within_repositories": [REPO],
        "used_within_published_repositories": [REPO],
    }


def location(world: World, location_id: int) -> Record:
    """Seeded location ``location_id``: a shelf in one of three buildings."""
    rng = world.rng("location", location_id)
    building = words.BUILDINGS[(location_id - 1) % len(words.BUILDINGS)]
    floor, room = str(1 + int(rng.random() * 3)), str(100 + int(rng.random() * 300))
    rng_range, shelf = str(1 + (location_id - 1) // 5), str(1 + (location_id - 1) % 5)
    return {
        "lock_version": 0,
        **world.audit("location", location_id),
        "jsonmodel_type": "location",
        "uri": f"/locations/{location_id}",
        "title": f"{building}, {floor}, {room} [Range: {rng_range}, Shelf: {shelf}]",
        "building": building,
        "floor": floor,
        "room": room,
        "coordinate_1_label": "Range",
        "coordinate_1_indicator": rng_range,
        "coordinate_2_label": "Shelf",
        "coordinate_2_indicator": shelf,
        "external_ids": [],
        "functions": [],
    }


def top_container(world: World, box: int) -> Record:
    """Seeded top container ``box``: Box N, holding archival objects ``25*(N-1)+1 .. 25*N``."""
    audit = world.audit("top_container", box)
    first = (box - 1) * AOS_PER_BOX + 1
    last = min(world.layout.total, box * AOS_PER_BOX)
    resources: dict[int, None] = {}
    series: dict[int, str] = {}
    for ao_id in dict.fromkeys((first, last)):
        node = world.layout.node(ao_id)
        while node is not None and node.parent_id is not None:
            ao_id, node = node.parent_id, world.layout.node(node.parent_id)
        if node is not None:
            resources[node.resource_id] = None
            if node.level_name == "series":
                series[ao_id] = words.SERIES_TITLES[node.position % len(words.SERIES_TITLES)]
    location_id = (box - 1) % len(world.seeded("location")) + 1
    barcode = f"39{world.h(109, box) % 10**10:010d}"
    first_resource = next(iter(resources), 1)
    return {
        "lock_version": 0,
        **audit,
        "jsonmodel_type": "top_container",
        "uri": f"{REPO}/top_containers/{box}",
        "repository": ref(REPO),
        "indicator": str(box),
        "type": "box",
        "barcode": barcode,
        "display_string": f"Box {box} [Barcode: {barcode}]",
        "long_display_string": f"Box {box}, MS-{first_resource:03d}, {world.resource_title(first_resource)}",
        "restricted": False,
        "is_linked_to_published_record": True,
        "active_restrictions": [],
        "container_locations": [
            {
                "lock_version": 0,
                **audit,
                "jsonmodel_type": "container_location",
                "status": "current",
                "start_date": "2024-01-15",
                "ref": f"/locations/{location_id}",
            }
        ],
        "collection": [
            {"ref": f"{REPO}/resources/{r}", "identifier": f"MS-{r:03d}", "display_string": world.resource_title(r)}
            for r in resources
        ],
        "series": [
            {
                "ref": f"{REPO}/archival_objects/{s}",
                "display_string": title,
                "level_display_string": "Series",
                "publish": True,
            }
            for s, title in series.items()
        ],
    }


def event(world: World, event_id: int) -> Record:
    """Seeded event ``event_id``: something done to a seeded record by a seeded person."""
    rng = world.rng("event", event_id)
    audit = world.audit("event", event_id)
    event_type = words.EVENT_TYPES[(event_id - 1) % len(words.EVENT_TYPES)]
    targets = [("accessions", "accession"), ("resources", "resource"), ("archival_objects", "archival_object")]
    collection, kind = targets[event_id % len(targets)]
    pool = world.seeded(kind) or world.seeded("accession")
    if not pool:
        collection, pool = "accessions", world.seeded("accession")
    target = pool[int(rng.random() * len(pool))]
    agent = 1 + int(rng.random() * len(world.seeded("agent_person")))
    year = 2000 + int(rng.random() * 24)
    return {
        "lock_version": 0,
        **audit,
        "jsonmodel_type": "event",
        "uri": f"{REPO}/events/{event_id}",
        "repository": ref(REPO),
        "event_type": event_type,
        "outcome": "pass",
        "outcome_note": f"{event_type.replace('_', ' ').capitalize()} completed.",
        "refid": f"event_{rng.getrandbits(64):016x}",
        "suppressed": False,
        "date": date(audit, year, None, label="event"),
        "linked_agents": [{"role": "implementer", "ref": f"/agents/people/{agent}"}],
        "linked_records": [{"role": "source", "ref": f"{REPO}/{collection}/{target}"}],
        "external_ids": [],
        "external_documents": [],
    }


def repository(world: World, repo_id: int) -> Record:
    """The seeded repository 2 (the id a first repository gets on a fresh server)."""
    return {
        "lock_version": 0,
        **world.audit("repository", repo_id),
        "jsonmodel_type": "repository",
        "uri": f"/repositories/{repo_id}",
        "repo_code": "SIM",
        "name": "Simulated Archives",
        "org_code": "US-SIM",
        "country": "US",
        "parent_institution_name": "Simulated University",
        "url": "https://archives.example.org",
        "publish": True,
        "position": 0,
        "oai_is_disabled": False,
        "display_string": "Simulated Archives (SIM)",
        "is_slug_auto": True,
        "slug": "sim",
        "agent_representation": ref("/agents/corporate_entities/1"),
    }


GENERATORS: dict[str, Callable[[World, int], Record | None]] = {
    "agent_person": agent_person,
    "agent_corporate_entity": agent_corporate_entity,
    "agent_family": agent_family,
    "agent_software": agent_software,
    "subject": subject,
    "location": location,
    "top_container": top_container,
    "event": event,
    "repository": repository,
}

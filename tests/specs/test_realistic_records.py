"""Realistic answers of each server parse into the right typed models (issues 3 and 4's lists of record types).

Records that the specs already carry as examples (accession, resource, archival object with notes, dates,
extents, instances, subjects and linked agents; agent_person, agent_corporate_entity, subject) are checked in
``test_examples.py``; this file adds the others and the answers of Archivematica and the Storage Service.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

from archivematica_api.models.completed_unit_list import CompletedUnitList
from archivematica_api.models.ingest_status import IngestStatus
from archivematica_api.models.job import Job
from archivematica_api.models.transfer_status import TransferStatus
from archivematica_api.models.unapproved_transfer_list import UnapprovedTransferList
from archivesspace_api.models.archival_object import ArchivalObject
from archivesspace_api.models.digital_object import DigitalObject
from archivesspace_api.models.event import Event
from archivesspace_api.models.location import Location as AspaceLocation
from archivesspace_api.models.repository import Repository
from archivesspace_api.models.search_page import SearchPage
from archivesspace_api.models.top_container import TopContainer
from storage_service_api.models.location_list import LocationList
from storage_service_api.models.package_list import PackageList

STAMP = "2026-03-04T10:11:12Z"
AUDIT = {
    "created_by": "admin",
    "last_modified_by": "admin",
    "create_time": STAMP,
    "system_mtime": STAMP,
    "user_mtime": STAMP,
    "lock_version": 3,
}


def test_repository() -> None:
    repo = Repository.from_dict(
        {
            "jsonmodel_type": "repository",
            "uri": "/repositories/2",
            "repo_code": "MSS",
            "name": "Manuscripts and Archives",
            "org_code": "US-XyU",
            "publish": True,
            "agent_representation": {"ref": "/agents/corporate_entities/1"},
            **AUDIT,
        }
    )
    assert repo.repo_code == "MSS"
    assert repo.system_mtime == dt.datetime(2026, 3, 4, 10, 11, 12, tzinfo=dt.timezone.utc)


def test_archival_object_with_a_container_instance_and_a_plugin_field() -> None:
    ao = ArchivalObject.from_dict(
        {
            "jsonmodel_type": "archival_object",
            "uri": "/repositories/2/archival_objects/7",
            "ref_id": "ref7_a1",
            "title": "Correspondence, 1950-1955",
            "level": "file",
            "component_id": "1.2",
            "publish": True,
            "resource": {"ref": "/repositories/2/resources/1"},
            "parent": {"ref": "/repositories/2/archival_objects/3"},
            "position": 4,
            "dates": [
                {
                    "jsonmodel_type": "date",
                    "date_type": "inclusive",
                    "label": "creation",
                    "begin": "1950",
                    "end": "1955",
                    "expression": "1950-1955",
                }
            ],
            "extents": [{"jsonmodel_type": "extent", "portion": "whole", "number": "2", "extent_type": "folders"}],
            "instances": [
                {
                    "jsonmodel_type": "instance",
                    "instance_type": "mixed_materials",
                    "sub_container": {
                        "jsonmodel_type": "sub_container",
                        "type_2": "folder",
                        "indicator_2": "4",
                        "top_container": {"ref": "/repositories/2/top_containers/9"},
                    },
                }
            ],
            "subjects": [{"ref": "/subjects/1"}],
            "linked_agents": [{"ref": "/agents/people/5", "role": "creator", "relator": "aut", "terms": []}],
            "notes": [
                {"jsonmodel_type": "note_singlepart", "type": "physloc", "content": ["Vault 3"]},
                {
                    "jsonmodel_type": "note_multipart",
                    "type": "scopecontent",
                    "subnotes": [{"jsonmodel_type": "note_text", "content": "Letters to and from the family."}],
                },
            ],
            "local_plugin_field": {"kept": True},
            **AUDIT,
        }
    )
    assert ao.instances[0].sub_container.top_container.ref == "/repositories/2/top_containers/9"  # type: ignore[index,union-attr]
    assert [type(n).__name__ for n in ao.notes] == ["NoteSinglepart", "NoteMultipart"]  # type: ignore[union-attr]
    assert ao.to_dict()["local_plugin_field"] == {"kept": True}


def test_digital_object_top_container_location_event() -> None:
    do = DigitalObject.from_dict(
        {
            "jsonmodel_type": "digital_object",
            "uri": "/repositories/2/digital_objects/4",
            "title": "Family photograph",
            "digital_object_id": "DO-0004",
            "file_versions": [
                {
                    "jsonmodel_type": "file_version",
                    "file_uri": "https://x/4.jpg",
                    "use_statement": "image-master",
                    "publish": True,
                }
            ],
            **AUDIT,
        }
    )
    tc = TopContainer.from_dict(
        {
            "jsonmodel_type": "top_container",
            "uri": "/repositories/2/top_containers/9",
            "indicator": "12",
            "type": "box",
            "barcode": "39002000012345",
            "container_locations": [
                {
                    "jsonmodel_type": "container_location",
                    "status": "current",
                    "start_date": "2024-01-01",
                    "ref": "/locations/3",
                }
            ],
            **AUDIT,
        }
    )
    loc = AspaceLocation.from_dict(
        {
            "jsonmodel_type": "location",
            "uri": "/locations/3",
            "building": "Main",
            "floor": "2",
            "room": "201",
            "title": "Main, 2, 201",
            **AUDIT,
        }
    )
    ev = Event.from_dict(
        {
            "jsonmodel_type": "event",
            "uri": "/repositories/2/events/1",
            "event_type": "accession",
            "linked_agents": [{"role": "authorizer", "ref": "/agents/people/5"}],
            "linked_records": [{"role": "source", "ref": "/repositories/2/accessions/1"}],
            "date": {"jsonmodel_type": "date", "date_type": "single", "label": "event", "begin": "2024-01-01"},
            **AUDIT,
        }
    )
    assert do.file_versions[0].file_uri == "https://x/4.jpg"  # type: ignore[index]
    assert tc.barcode == "39002000012345"
    assert loc.room == "201"
    assert ev.linked_records[0].ref.endswith("/accessions/1")


def test_search_page_with_facets_and_a_record_as_json_text() -> None:
    record = {
        "jsonmodel_type": "accession",
        "uri": "/repositories/2/accessions/1",
        "title": "Papers",
        "id_0": "2024.001",
    }
    page = SearchPage.from_dict(
        {
            "page_size": 10,
            "first_page": 1,
            "last_page": 3,
            "this_page": 1,
            "offset_first": 1,
            "offset_last": 10,
            "total_hits": 27,
            "results": [
                {
                    "id": "/repositories/2/accessions/1",
                    "uri": "/repositories/2/accessions/1",
                    "jsonmodel_type": "accession",
                    "primary_type": "accession",
                    "types": ["accession"],
                    "title": "Papers",
                    "json": json.dumps(record),
                    "identifier": "2024.001",
                }
            ],
            "facets": {
                "facet_queries": {},
                "facet_fields": {"primary_type": ["accession", 20, "resource", 7]},
                "facet_ranges": {},
                "facet_intervals": {},
                "facet_heatmaps": {},
            },
        }
    )
    assert page.total_hits == 27
    assert json.loads(page.results[0].json)["id_0"] == "2024.001"  # type: ignore[arg-type]
    assert page.facets.facet_fields["primary_type"] == ["accession", 20, "resource", 7]  # type: ignore[union-attr,index]


TRANSFER = "2b5c3f0e-9a57-4f3c-9a60-4c0b8b1c1e11"
SIP = "8f0e2b3c-1111-4c2d-9e55-0a1b2c3d4e5f"


def status(kind: str, state: str, **extra: object) -> dict[str, object]:
    return {
        "type": kind,
        "uuid": TRANSFER if kind == "transfer" else SIP,
        "status": state,
        "name": "photos",
        "directory": f"photos-{TRANSFER}",
        "path": f"/var/archivematica/photos-{TRANSFER}/",
        "microservice": "Verify transfer compliance",
        "message": "Fetched status successfully.",
        **extra,
    }


def test_transfer_and_ingest_status_each_status_with_and_without_sip_uuid() -> None:
    for state in ("PROCESSING", "USER_INPUT", "COMPLETE", "FAILED", "REJECTED"):
        assert TransferStatus.from_dict(status("transfer", state)).status == state
        assert IngestStatus.from_dict(status("SIP", state)).status == state
    done = TransferStatus.from_dict(status("transfer", "COMPLETE", sip_uuid=SIP))
    backlog = TransferStatus.from_dict(status("transfer", "COMPLETE", sip_uuid="BACKLOG"))
    assert str(done.sip_uuid) == SIP
    assert backlog.sip_uuid == "BACKLOG"


def test_unapproved_completed_and_jobs_with_tasks() -> None:
    unapproved = UnapprovedTransferList.from_dict(
        {
            "message": "Fetched unapproved transfers successfully.",
            "results": [{"type": "standard", "directory": "photos", "uuid": TRANSFER}],
        }
    )
    completed = CompletedUnitList.from_dict(
        {"message": "Fetched completed transfers successfully.", "results": [TRANSFER]}
    )
    job = Job.from_dict(
        {
            "uuid": str(uuid.uuid4()),
            "name": "Scan for viruses",
            "status": "COMPLETE",
            "microservice": "Scan for viruses",
            "link_uuid": str(uuid.uuid4()),
            "tasks": [
                {
                    "uuid": str(uuid.uuid4()),
                    "exit_code": 0,
                    "file_name": "a.jpg",
                    "time_created": "2026-03-04T10:11:12",
                    "duration": 1,
                }
            ],
        }
    )
    assert unapproved.results[0].directory == "photos"
    assert [str(u) for u in completed.results] == [TRANSFER]
    assert job.tasks[0].exit_code == 0  # type: ignore[index]


def test_storage_service_pages_with_meta_next() -> None:
    meta = {"limit": 20, "next": "/api/v2/file/?limit=20&offset=20", "offset": 0, "previous": None, "total_count": 2500}
    packages = PackageList.from_dict(
        {
            "meta": meta,
            "objects": [
                {
                    "uuid": TRANSFER,
                    "package_type": "AIP",
                    "status": "UPLOADED",
                    "current_full_path": "/aips/photos.7z",
                    "current_location": "/api/v2/location/0b1a2c3d-0000-4000-8000-000000000001/",
                    "size": 1024,
                    "resource_uri": f"/api/v2/file/{TRANSFER}/",
                    "misc_attributes": {},
                    "replicas": [],
                    "stored_date": "2026-03-04T10:11:12",
                }
            ],
        }
    )
    locations = LocationList.from_dict(
        {
            "meta": {**meta, "next": None, "total_count": 1},
            "objects": [
                {
                    "uuid": "0b1a2c3d-0000-4000-8000-000000000001",
                    "purpose": "AS",
                    "enabled": True,
                    "path": "/aips",
                    "relative_path": "aips",
                    "resource_uri": "/api/v2/location/0b1a2c3d-0000-4000-8000-000000000001/",
                    "space": "/api/v2/space/1/",
                    "pipeline": [],
                    "quota": None,
                    "used": 0,
                }
            ],
        }
    )
    assert packages.meta.total_count == 2500
    assert packages.meta.next == "/api/v2/file/?limit=20&offset=20"
    assert packages.objects[0].package_type == "AIP"
    assert locations.objects[0].purpose == "AS"

"""What a real ArchivesSpace backend answered where the simulator used to differ (issues 16 and 20): one test per
fact, against the simulator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fonds.testing import ArchivesSpaceSimulator, Request
from fonds.testing.archivesspace._generic import deref, handler, spec

from generator.lint import lint

BASE = "http://aspace.test"
RESOURCE_BODY = {
    "jsonmodel_type": "resource",
    "title": "Quokka Society records",
    "id_0": "QS",
    "id_1": "001",
    "level": "collection",
    "finding_aid_language": "eng",
    "finding_aid_script": "Latn",
    "extents": [{"jsonmodel_type": "extent", "portion": "whole", "number": "2", "extent_type": "linear_feet"}],
    "dates": [{"jsonmodel_type": "date", "date_type": "single", "label": "creation", "begin": "1950"}],
    "lang_materials": [
        {
            "jsonmodel_type": "lang_material",
            "language_and_script": {"jsonmodel_type": "language_and_script", "language": "eng", "script": "Latn"},
        }
    ],
    "notes": [
        {
            "jsonmodel_type": "note_multipart",
            "type": "scopecontent",
            "subnotes": [{"jsonmodel_type": "note_text", "content": "Minutes and letters."}],
        }
    ],
    "linked_agents": [{"role": "creator", "ref": "/agents/people/1"}],
}


@pytest.fixture
def sim() -> ArchivesSpaceSimulator:
    return ArchivesSpaceSimulator(archival_objects=60)


@pytest.fixture
def client(sim: ArchivesSpaceSimulator) -> Iterator[httpx.Client]:
    with httpx.Client(transport=sim.transport(), base_url=BASE) as client:
        token = client.post("/users/admin/login", data={"password": "admin"}).json()["session"]
        client.headers["X-ArchivesSpace-Session"] = token
        yield client


def _schema_of(name: str) -> dict[str, Any]:
    return dict(spec()["components"]["schemas"][name])


def missing_always_sent(record: Any, node: Any, where: str = "") -> list[str]:
    """Every always-sent property (``x-fonds-always-sent``) absent from ``record`` or a record nested in it."""
    doc = spec()
    schema = deref(doc, node) or {}
    branches = schema.get("oneOf") or schema.get("anyOf")
    if branches:
        typed = [deref(doc, b) for b in branches]
        chosen = [
            b
            for b in typed
            if isinstance(record, dict)
            and (b.get("properties") or {}).get("jsonmodel_type", {}).get("const") == record.get("jsonmodel_type")
        ]
        return missing_always_sent(record, chosen[0], where) if chosen else []
    if isinstance(record, list):
        return [
            m for i, item in enumerate(record) for m in missing_always_sent(item, schema.get("items"), f"{where}/{i}")
        ]
    if not isinstance(record, dict):
        return []
    found = [f"{where}/{key}" for key in schema.get("x-fonds-always-sent") or [] if key not in record]
    for key, prop in (schema.get("properties") or {}).items():
        if key in record and key != "_resolved":
            found += missing_always_sent(record[key], prop, f"{where}/{key}")
    return found


# -- empty defaults are always sent ---------------------------------------------------------------------------


def test_the_spec_marks_what_is_always_sent_and_the_lint_accepts_it() -> None:
    assert lint(spec()) == []
    resource = _schema_of("Resource")["x-fonds-always-sent"]
    for name in ("classifications", "deaccessions", "external_documents", "import_previous_arks", "instances"):
        assert name in resource
    assert "is_finding_aid_status_published" in resource
    assert {"accession_links", "dates", "extents", "external_ids", "lang_materials", "is_slug_auto"} <= set(
        _schema_of("ArchivalObject")["x-fonds-always-sent"]
    )
    assert {"terms", "is_primary"} <= set(_schema_of("LinkedAgent")["x-fonds-always-sent"])
    assert "persistent_id" in _schema_of("NoteMultipart")["x-fonds-always-sent"]
    assert "required" not in _schema_of("LinkedAgent") or "terms" not in _schema_of("LinkedAgent")["required"]
    schemas = {**spec()["components"]["schemas"], "X": {"x-fonds-always-sent": ["nope"]}}
    broken = {**spec(), "components": {**spec()["components"], "schemas": schemas}}
    assert any("'nope' is not a property of X" in p for p in lint(broken))


def test_created_records_carry_every_empty_list_and_default_flag(client: httpx.Client) -> None:
    resource = client.post("/repositories/2/resources", json=RESOURCE_BODY).json()
    assert resource["stale"] is True
    created = {
        "Resource": resource["uri"],
        "ArchivalObject": client.post(
            "/repositories/2/archival_objects",
            json={
                "jsonmodel_type": "archival_object",
                "title": "Minutes",
                "level": "file",
                "resource": {"ref": resource["uri"]},
                "instances": [
                    {
                        "jsonmodel_type": "instance",
                        "instance_type": "mixed_materials",
                        "sub_container": {
                            "jsonmodel_type": "sub_container",
                            "top_container": {"ref": "/repositories/2/top_containers/1"},
                        },
                    }
                ],
            },
        ).json()["uri"],
        "Accession": client.post("/repositories/2/accessions", json={"id_0": "2099", "title": "x"}).json()["uri"],
        "AgentPerson": client.post(
            "/agents/people",
            json={"names": [{"jsonmodel_type": "name_person", "primary_name": "Hale", "name_order": "inverted"}]},
        ).json()["uri"],
        "DigitalObject": client.post(
            "/repositories/2/digital_objects",
            json={"title": "Scan", "digital_object_id": "do-x", "file_versions": [{"file_uri": "https://x/1.tif"}]},
        ).json()["uri"],
        "Subject": client.post(
            "/subjects",
            json={
                "source": "local",
                "vocabulary": "/vocabularies/1",
                "terms": [{"jsonmodel_type": "term", "term": "Quokkas", "term_type": "topical", "vocabulary": "x"}],
            },
        ).json()["uri"],
        "Repository": client.post("/repositories", json={"repo_code": "NEW", "name": "New Archive"}).json()["uri"],
        "TopContainer": client.post("/repositories/2/top_containers", json={"indicator": "9"}).json()["uri"],
    }
    for schema, uri in created.items():
        record = client.get(uri).json()
        assert missing_always_sent(record, _schema_of(schema)) == [], (schema, uri)
    ao = client.get(created["ArchivalObject"]).json()
    assert ao["accession_links"] == []
    assert ao["is_slug_auto"] is True
    assert ao["ref_id"].startswith("aspace_")
    assert ao["instances"][0]["is_representative"] is False
    assert ao["instances"][0]["created_by"] == "admin"
    got = client.get(created["Resource"]).json()
    assert got["notes"][0]["persistent_id"]
    assert got["linked_agents"][0] == {
        "role": "creator",
        "ref": "/agents/people/1",
        "terms": [],
        "is_primary": False,
    }
    assert got["lang_materials"][0]["notes"] == []
    repository = client.get(created["Repository"]).json()
    assert repository["slug"] == "new"
    assert repository["oai_is_disabled"] is False
    assert repository["position"] == 0
    assert client.get(repository["agent_representation"]["ref"]).json()["title"] == "New Archive"
    digital = client.get(created["DigitalObject"]).json()
    assert digital["file_versions"][0]["identifier"]
    assert digital["file_versions"][0]["is_representative"] is False
    subject = client.get(created["Subject"]).json()
    assert subject["terms"][0]["uri"].startswith("/terms/")
    assert subject["terms"][0]["lock_version"] == 0


def test_seeded_and_resolved_records_carry_the_full_shape(client: httpx.Client) -> None:
    for schema, uri in {
        "ArchivalObject": "/repositories/2/archival_objects/3",
        "Resource": "/repositories/2/resources/1",
        "Accession": "/repositories/2/accessions/1",
        "AgentPerson": "/agents/people/1",
        "DigitalObject": "/repositories/2/digital_objects/1",
        "Subject": "/subjects/1",
        "Repository": "/repositories/2",
        "TopContainer": "/repositories/2/top_containers/1",
        "Location": "/locations/1",
        "Event": "/repositories/2/events/1",
    }.items():
        record = client.get(uri, params=[("resolve[]", "subjects"), ("resolve[]", "linked_agents")]).json()
        assert missing_always_sent(record, _schema_of(schema)) == [], uri
        for link in record.get("subjects") or []:
            assert missing_always_sent(link["_resolved"], _schema_of("Subject")) == []
            assert all(term["uri"].startswith("/terms/") for term in link["_resolved"]["terms"])


# -- validation the simulator used to skip -----------------------------------------------------------------------


def test_a_level_outside_the_read_only_list_is_refused(client: httpx.Client) -> None:
    answer = client.post(
        "/repositories/2/archival_objects",
        json={"title": "x", "level": "bogus-level", "resource": {"ref": "/repositories/2/resources/1"}},
    )
    assert answer.status_code == 400
    (message,) = answer.json()["error"]["level"]
    assert message.startswith("Protected read-only list #/level. Invalid value 'bogus-level'.  Must be one of: class,")
    bad_date = client.post("/repositories/2/resources", json={**RESOURCE_BODY, "dates": [{"date_type": "sometime"}]})
    assert bad_date.json()["error"]["dates/0/date_type"][0].startswith("Protected read-only list #/dates/0/date_type.")


def test_a_duplicate_identifier_is_refused(client: httpx.Client) -> None:
    first = client.post("/repositories/2/accessions", json={"id_0": "2031", "id_1": "A"})
    assert first.status_code == 200
    again = client.post("/repositories/2/accessions", json={"id_0": "2031", "id_1": "A"})
    assert (again.status_code, again.json()) == (400, {"error": {"id_0": ["That ID is already in use"]}})
    seeded = client.get("/repositories/2/resources/1").json()
    copy = {**RESOURCE_BODY, "id_0": seeded["id_0"], "id_1": seeded["id_1"]}
    assert client.post("/repositories/2/resources", json=copy).json()["error"] == {
        "id_0": ["That ID is already in use"]
    }
    record = client.get(first.json()["uri"]).json()
    assert client.post(first.json()["uri"], json=record).status_code == 200  # its own identifier is no duplicate


def test_error_texts(client: httpx.Client) -> None:
    missing_list = client.post("/repositories/2/resources", json={"title": "x", "id_0": "Z", "level": "file"})
    assert missing_list.json()["error"]["extents"] == ["Property is required but was missing"]
    empty_list = client.post("/repositories/2/resources", json={**RESOURCE_BODY, "id_0": "E", "extents": []})
    assert empty_list.json()["error"]["extents"] == ["At least 1 item(s) is required"]
    dangling = client.post("/repositories/2/accessions", json={"id_0": "D", "subjects": [{"ref": "/subjects/999"}]})
    assert dangling.status_code == 400
    assert "db_error" in dangling.json()["error"]
    empty = client.post("/repositories/2/accessions", content=b"", headers={"content-type": "application/json"})
    assert empty.json() == {"error": "Had some trouble parsing your request: unexpected token at ''"}
    invalid = client.post("/repositories/2/events", json={"event_type": "x", "outcome": None}).json()
    assert invalid["invalid_object"] == '#<JSONModel(:event) {"event_type"=>"x", "outcome"=>nil}>'


# -- routes the simulator lacked --------------------------------------------------------------------------------


def test_find_by_id(client: httpx.Client) -> None:
    ao = client.get("/repositories/2/archival_objects/5").json()
    found = client.get(
        "/repositories/2/find_by_id/archival_objects",
        params=[("ref_id[]", ao["ref_id"]), ("resolve[]", "archival_objects")],
    ).json()
    assert [hit["ref"] for hit in found["archival_objects"]] == [ao["uri"]]
    assert found["archival_objects"][0]["_resolved"]["title"] == ao["title"]
    resource = client.get("/repositories/2/resources/1").json()
    by_identifier = client.get(
        "/repositories/2/find_by_id/resources",
        params={"identifier[]": json.dumps([resource["id_0"], resource["id_1"]])},
    ).json()
    assert by_identifier == {"resources": [{"ref": resource["uri"]}]}
    assert client.get("/repositories/2/find_by_id/resources").json() == {"resources": []}
    nothing = client.get("/repositories/2/find_by_id/archival_objects", params={"ref_id[]": "nope"})
    assert nothing.json() == {"archival_objects": []}


def test_enumerations(client: httpx.Client) -> None:
    everything = client.get("/config/enumerations").json()
    levels = client.get("/config/enumerations/names/archival_record_level").json()
    assert levels in everything
    assert levels["editable"] is False
    assert "series" in levels["values"]
    assert levels["jsonmodel_type"] == "enumeration"
    assert levels["enumeration_values"][0]["value"] == levels["values"][0]
    assert client.get(levels["uri"]).json() == levels
    missing = client.get("/config/enumerations/names/no_such_list")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/json"


def test_a_user_created_with_a_password_can_log_in(client: httpx.Client) -> None:
    created = client.post("/users", params={"password": "s3cret"}, json={"username": "Cataloger", "name": "Cat"})
    assert created.status_code == 200
    assert created.json()["uri"] == f"/users/{created.json()['id']}"
    user = client.get(created.json()["uri"]).json()
    assert (user["username"], user["source"]) == ("cataloger", "DBAuth")
    login = httpx.Client(transport=client._transport, base_url=BASE).post(
        "/users/cataloger/login", data={"password": "s3cret"}
    )
    assert login.status_code == 200
    assert login.json()["user"]["username"] == "cataloger"
    assert client.post("/users", json={"username": "x", "name": "x"}).json()["error"] == {
        "password": ["Parameter required but no value provided"]
    }


def test_exports_answer_xml_and_a_missing_record_is_a_json_404(client: httpx.Client) -> None:
    ead = client.get("/repositories/2/resource_descriptions/1.xml")
    assert ead.status_code == 200
    assert "<ead " in ead.text
    assert client.get("/repositories/2/resources/1").json()["title"] in ead.text
    missing = client.get("/repositories/2/resource_descriptions/9999.xml")
    assert (missing.status_code, missing.json()) == (404, {"error": "Resource not found"})
    assert client.get("/repositories/2/digital_objects/mods/1.xml").text.count("<mods ") == 1


def test_unknown_routes_are_json_404s_and_what_is_not_simulated_is_a_json_501(sim: ArchivesSpaceSimulator) -> None:
    unknown = sim.dispatch(Request("GET", "/no/such/route"))
    assert (unknown.status, unknown.header("content-type")) == (404, "application/json")
    assert json.loads(unknown.body) == {"error": "Sinatra::NotFound"}
    answer = handler("GET", "/imaginary", {"operationId": "get_imaginary", "responses": {}})
    from fonds.testing.archivesspace._call import Call
    from fonds.testing.archivesspace._errors import ApiError

    with pytest.raises(ApiError) as raised:
        answer(Call(sim.store, Request("GET", "/imaginary"), sim.users["admin"]))
    assert raised.value.status == 501
    assert raised.value.body["operation"] == "get_imaginary"


def test_update_and_delete_feeds(client: httpx.Client) -> None:
    uri = client.post("/repositories/2/accessions", json={"id_0": "F1"}).json()["uri"]
    client.delete("/repositories/2/accessions/2")
    feed = client.get("/update-feed", params={"last_sequence": 0}).json()
    assert [entry["uri"] for entry in feed] == [uri, "/repositories/2/accessions/2"]
    assert feed[0]["record"]["id_0"] == "F1"
    assert feed[1]["record"] == "deleted"
    assert client.get("/update-feed", params={"last_sequence": feed[0]["sequence"]}).json() == feed[1:]
    deleted = client.get("/delete-feed", params={"page": 1}).json()
    assert deleted["results"] == ["/repositories/2/accessions/2"]
    assert "total" not in deleted


def test_schemas(client: httpx.Client) -> None:
    everything = client.get("/schemas").json()
    assert "archival_object" in everything
    assert client.get("/schemas/archival_object").json() == everything["archival_object"]
    assert "level" in everything["archival_object"]["properties"]
    assert client.get("/schemas/nope").status_code == 404


def test_top_containers_search_is_not_taken_for_an_id(client: httpx.Client) -> None:
    answer = client.get("/repositories/2/top_containers/search", params={"q": "box"})
    assert answer.status_code == 200, answer.text
    assert client.get("/repositories/2/top_containers/1").json()["indicator"] == "1"


def test_multipart_and_urlencoded_logins_alike(client: httpx.Client) -> None:
    fresh = httpx.Client(transport=client._transport, base_url=BASE)
    multipart = fresh.post("/users/admin/login", files={"password": (None, "admin")})
    assert multipart.status_code == 200
    assert multipart.json()["user"]["username"] == "admin"
    assert fresh.post("/users/admin/login", data={"password": "admin"}).status_code == 200
    assert fresh.post("/users/admin/login", files={"password": (None, "wrong")}).status_code == 403


# -- shapes ------------------------------------------------------------------------------------------------------


def test_create_and_update_answers_are_stale_true(client: httpx.Client) -> None:
    created = client.post("/repositories/2/accessions", json={"id_0": "S1"}).json()
    assert created["stale"] is True
    record = client.get(created["uri"]).json()
    assert client.post(created["uri"], json=record).json()["stale"] is True


def test_tree_shapes(client: httpx.Client) -> None:
    root = client.get("/repositories/2/resources/1/tree/root").json()
    assert root["suppressed"] == 0
    assert type(root["suppressed"]) is int
    assert root["identifier"]
    entry = root["precomputed_waypoints"][""]["0"][0]
    assert "identifier" in entry
    assert entry["suppressed"] == 0
    assert type(entry["suppressed"]) is int
    node = client.get("/repositories/2/resources/1/tree/node", params={"node_uri": entry["uri"]}).json()
    assert "identifier" in node
    assert not {"parsed_title", "slugged_url", "suppressed"} & set(node)


def test_waypoint_containers_list_every_instance(client: httpx.Client) -> None:
    resource = client.post("/repositories/2/resources", json={**RESOURCE_BODY, "id_0": "W"}).json()["uri"]
    instances = [
        {
            "jsonmodel_type": "instance",
            "instance_type": "mixed_materials",
            "sub_container": {"top_container": {"ref": f"/repositories/2/top_containers/{box}"}},
        }
        for box in (1, 2)
    ]
    client.post(
        "/repositories/2/archival_objects",
        json={"title": "Two boxes", "level": "file", "resource": {"ref": resource}, "instances": instances},
    )
    rid = resource.rsplit("/", 1)[1]
    (entry,) = client.get(f"/repositories/2/resources/{rid}/tree/waypoint", params={"offset": 0}).json()
    assert [c["top_container_indicator"] for c in entry["containers"]] == ["1", "2"]


def test_below_an_unpublished_parent_has_unpublished_ancestor(client: httpx.Client) -> None:
    resource = client.post("/repositories/2/resources", json={**RESOURCE_BODY, "id_0": "U"}).json()["uri"]
    parent = client.post(
        "/repositories/2/archival_objects",
        json={"title": "Series", "level": "series", "resource": {"ref": resource}, "publish": False},
    ).json()["uri"]
    child = client.post(
        "/repositories/2/archival_objects",
        json={"title": "File", "level": "file", "resource": {"ref": resource}, "parent": {"ref": parent}},
    ).json()["uri"]
    assert client.get(child).json()["has_unpublished_ancestor"] is True
    assert client.get(parent).json()["has_unpublished_ancestor"] is False


def test_top_container_long_display_string(client: httpx.Client) -> None:
    box = client.get("/repositories/2/top_containers/1").json()
    title = client.get(box["collection"][0]["ref"]).json()["title"]
    assert box["long_display_string"] == f"Box 1, {box['collection'][0]['identifier']}, {title}"


def test_version_is_text_html_and_users_are_dbauth(client: httpx.Client) -> None:
    version = client.get("/version")
    assert version.headers["content-type"].startswith("text/html")
    assert version.text.startswith("ArchivesSpace (")
    assert client.get("/users/current-user").json()["source"] == "DBAuth"


def test_strict_mode_still_checks_requests_against_the_spec() -> None:
    sim = ArchivesSpaceSimulator(strict=True, archival_objects=60)
    with httpx.Client(transport=sim.transport(), base_url=BASE) as client:
        token = client.post("/users/admin/login", data={"password": "admin"}).json()["session"]
        client.headers["X-ArchivesSpace-Session"] = token
        assert client.get("/config/enumerations/names/archival_record_level").status_code == 200
        bad = client.get("/repositories/2/archival_objects", params={"page": "one"})
        assert bad.status_code == 400
        assert bad.json()["strict"] is True


@pytest.mark.parametrize(
    "schema",
    [
        "Accession",
        "Resource",
        "ArchivalObject",
        "DigitalObject",
        "AgentPerson",
        "Subject",
        "TopContainer",
        "Repository",
        "Location",
        "Event",
        "User",
    ],
)
def test_the_spec_examples_show_the_full_answer(schema: str) -> None:
    answer = _schema_of(schema)["examples"][-1]
    assert answer["uri"]
    assert missing_always_sent(answer, _schema_of(schema)) == []


MINIMAL_BODIES: dict[str, tuple[str, dict[str, Any]]] = {
    "DigitalObjectComponent": (
        "/repositories/2/digital_object_components",
        {"title": "Page 1", "digital_object": {"ref": "/repositories/2/digital_objects/1"}},
    ),
    "Event": (
        "/repositories/2/events",
        {
            "event_type": "processed",
            "linked_agents": [{"role": "implementer", "ref": "/agents/people/1"}],
            "linked_records": [{"role": "source", "ref": "/repositories/2/accessions/1"}],
            "date": {"date_type": "single", "label": "event", "begin": "2020"},
        },
    ),
    "Location": ("/locations", {"building": "Main"}),
    "AgentCorporateEntity": ("/agents/corporate_entities", {"names": [{"primary_name": "Quokka Co"}]}),
    "AgentFamily": ("/agents/families", {"names": [{"family_name": "Smith"}]}),
    "AgentSoftware": ("/agents/software", {"names": [{"software_name": "Tool"}]}),
    "Classification": ("/repositories/2/classifications", {"identifier": "C1", "title": "Class"}),
    "ContainerProfile": (
        "/container_profiles",
        {"name": "Box", "depth": "1", "height": "1", "width": "1", "dimension_units": "inches"}
        | {"extent_dimension": "width"},
    ),
    "LocationProfile": ("/location_profiles", {"name": "Shelf"}),
    "Assessment": (
        "/repositories/2/assessments",
        {"records": [{"ref": "/repositories/2/resources/1"}], "surveyed_by": [{"ref": "/agents/people/1"}]},
    ),
    "CustomReportTemplate": ("/repositories/2/custom_report_templates", {"name": "R", "data": "{}"}),
}


@pytest.mark.parametrize("schema", list(MINIMAL_BODIES))
def test_every_record_type_created_from_a_minimal_body_carries_the_full_shape(
    client: httpx.Client, schema: str
) -> None:
    collection, body = MINIMAL_BODIES[schema]
    created = client.post(collection, json=body)
    assert created.status_code == 200, created.text
    record = client.get(created.json()["uri"]).json()
    assert missing_always_sent(record, _schema_of(schema)) == []

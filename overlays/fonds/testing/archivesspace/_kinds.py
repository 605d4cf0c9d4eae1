"""The record types the simulator serves: their URLs, scopes, permissions and required fields."""

from __future__ import annotations

import re

import attrs


@attrs.frozen
class Kind:
    """One top-level JSONModel type.

    Example::

        KINDS["accession"].uri(5, repo_id=2)  # "/repositories/2/accessions/5"
    """

    name: str
    collection: str
    model: str
    repo_scoped: bool
    update_permission: str
    delete_permission: str
    view_permission: str | None = "view_repository"
    required: tuple[str, ...] = ()
    required_lists: tuple[str, ...] = ()
    publishable: bool = False
    suppressible: bool = False

    def base(self, repo_id: int | None = None) -> str:
        """The collection URL (``/repositories/2/accessions``, ``/subjects``)."""
        return f"/repositories/{repo_id}/{self.collection}" if self.repo_scoped else f"/{self.collection}"

    def uri(self, record_id: int, repo_id: int | None = None) -> str:
        """A record's URI."""
        return f"{self.base(repo_id)}/{record_id}"


def _agent(name: str, collection: str, model: str) -> Kind:
    return Kind(
        name,
        collection,
        model,
        False,
        "update_agent_record",
        "delete_agent_record",
        view_permission=None,
        required_lists=("names",),
        publishable=True,
    )


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind(
            "repository",
            "repositories",
            "Repository",
            False,
            "create_repository",
            "delete_repository",
            view_permission=None,
            required=("repo_code", "name"),
        ),
        Kind(
            "accession",
            "accessions",
            "Accession",
            True,
            "update_accession_record",
            "delete_archival_record",
            required=("id_0",),
            suppressible=True,
        ),
        Kind(
            "resource",
            "resources",
            "Resource",
            True,
            "update_resource_record",
            "delete_archival_record",
            required=("title", "id_0", "level", "finding_aid_language", "finding_aid_script"),
            required_lists=("extents", "dates", "lang_materials"),
            publishable=True,
            suppressible=True,
        ),
        Kind(
            "archival_object",
            "archival_objects",
            "ArchivalObject",
            True,
            "update_resource_record",
            "delete_archival_record",
            required=("level", "resource"),
            publishable=True,
            suppressible=True,
        ),
        Kind(
            "digital_object",
            "digital_objects",
            "DigitalObject",
            True,
            "update_digital_object_record",
            "delete_archival_record",
            required=("title", "digital_object_id"),
            publishable=True,
            suppressible=True,
        ),
        Kind(
            "digital_object_component",
            "digital_object_components",
            "DigitalObjectComponent",
            True,
            "update_digital_object_record",
            "delete_archival_record",
            required=("digital_object",),
            suppressible=True,
        ),
        Kind(
            "top_container",
            "top_containers",
            "TopContainer",
            True,
            "update_container_record",
            "manage_container_record",
            required=("indicator",),
        ),
        Kind(
            "event",
            "events",
            "Event",
            True,
            "update_event_record",
            "delete_event_record",
            required=("event_type",),
            required_lists=("linked_agents", "linked_records"),
            suppressible=True,
        ),
        _agent("agent_person", "agents/people", "AgentPerson"),
        _agent("agent_corporate_entity", "agents/corporate_entities", "AgentCorporateEntity"),
        _agent("agent_family", "agents/families", "AgentFamily"),
        _agent("agent_software", "agents/software", "AgentSoftware"),
        Kind(
            "subject",
            "subjects",
            "Subject",
            False,
            "update_subject_record",
            "delete_subject_record",
            view_permission=None,
            required=("source", "vocabulary"),
            required_lists=("terms",),
        ),
        Kind(
            "location",
            "locations",
            "Location",
            False,
            "update_location_record",
            "update_location_record",
            view_permission=None,
            required=("building",),
        ),
        # None of these is seeded: they exist once created.
        Kind(
            "classification",
            "classifications",
            "Classification",
            True,
            "update_classification_record",
            "delete_classification_record",
            required=("identifier", "title"),
        ),
        Kind(
            "classification_term",
            "classification_terms",
            "ClassificationTerm",
            True,
            "update_classification_record",
            "delete_classification_record",
            required=("identifier", "title", "classification"),
        ),
        Kind(
            "container_profile",
            "container_profiles",
            "ContainerProfile",
            False,
            "update_container_profile_record",
            "update_container_profile_record",
            view_permission=None,
            required=("name", "depth", "height", "width", "dimension_units", "extent_dimension"),
        ),
        Kind(
            "location_profile",
            "location_profiles",
            "LocationProfile",
            False,
            "update_location_profile_record",
            "update_location_profile_record",
            view_permission=None,
            required=("name",),
        ),
        Kind(
            "assessment",
            "assessments",
            "Assessment",
            True,
            "update_assessment_record",
            "delete_assessment_record",
            required_lists=("records", "surveyed_by"),
        ),
        Kind(
            "custom_report_template",
            "custom_report_templates",
            "CustomReportTemplate",
            True,
            "manage_custom_report_templates",
            "manage_custom_report_templates",
            required=("name", "data"),
        ),
    )
}

BY_COLLECTION: dict[str, Kind] = {kind.collection: kind for kind in KINDS.values()}

_URI = re.compile(r"^(?:/repositories/(?P<repo>\d+))?/(?P<collection>[a-z_]+(?:/[a-z_]+)?)/(?P<id>\d+)$")


def parse_uri(uri: str) -> tuple[Kind, int | None, int] | None:
    """``(kind, repo_id, id)`` for a record URI, or None (``/repositories/2`` is the repository 2).

    Example::

        parse_uri("/repositories/2/archival_objects/7")  # (KINDS["archival_object"], 2, 7)
    """
    m = _URI.match(uri)
    if m is None:
        return None
    collection, repo = m.group("collection"), m.group("repo")
    if repo is None and collection == "repositories":
        return KINDS["repository"], None, int(m.group("id"))
    kind = BY_COLLECTION.get(collection)
    if kind is None or kind.repo_scoped != (repo is not None):
        return None
    return kind, (int(repo) if repo else None), int(m.group("id"))

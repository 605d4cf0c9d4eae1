"""Turning JSON records of any type into their typed models, by ``jsonmodel_type``; the union search hits hold."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from archivesspace_api import _records as _r

if TYPE_CHECKING:
    from typing import TypeAlias

    from archivesspace_api.models.accession import Accession
    from archivesspace_api.models.agent_corporate_entity import AgentCorporateEntity
    from archivesspace_api.models.agent_family import AgentFamily
    from archivesspace_api.models.agent_person import AgentPerson
    from archivesspace_api.models.agent_software import AgentSoftware
    from archivesspace_api.models.archival_object import ArchivalObject
    from archivesspace_api.models.assessment import Assessment
    from archivesspace_api.models.classification import Classification
    from archivesspace_api.models.classification_term import ClassificationTerm
    from archivesspace_api.models.container_profile import ContainerProfile
    from archivesspace_api.models.digital_object import DigitalObject
    from archivesspace_api.models.digital_object_component import DigitalObjectComponent
    from archivesspace_api.models.event import Event
    from archivesspace_api.models.location import Location
    from archivesspace_api.models.location_profile import LocationProfile
    from archivesspace_api.models.repository import Repository
    from archivesspace_api.models.resource import Resource
    from archivesspace_api.models.subject import Subject
    from archivesspace_api.models.top_container import TopContainer

    #: What a search hit's ``record`` can be: the model of every record type the index holds, or an
    #: ``UnknownRecord`` for a type fonds does not model (a plugin's). Narrow it with ``isinstance`` or ``match``.
    SearchRecord: TypeAlias = (
        Accession
        | Resource
        | ArchivalObject
        | DigitalObject
        | DigitalObjectComponent
        | AgentPerson
        | AgentCorporateEntity
        | AgentFamily
        | AgentSoftware
        | Subject
        | TopContainer
        | Location
        | Classification
        | ClassificationTerm
        | Event
        | Repository
        | Assessment
        | ContainerProfile
        | LocationProfile
        | _r.UnknownRecord
    )
else:
    SearchRecord = _r.Record


def model_for(jsonmodel_type: str) -> Any | None:
    """The generated model class of a JSONModel type (``archival_object`` -> ``ArchivalObject``), or None."""
    return _r.record_class(jsonmodel_type)


def parse_record(data: Any) -> SearchRecord | None:
    """``data`` (a JSON object) as the model its ``jsonmodel_type`` names, an ``UnknownRecord`` for a type
    without a model, or None for anything that is not a JSON object. Fields are read lazily."""
    if type(data) is not dict:
        return None
    cls = _r.record_class(data.get("jsonmodel_type")) or _r.UnknownRecord
    record: SearchRecord = cls._from_json(data)  # type: ignore[assignment]
    return record

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

if TYPE_CHECKING:
    from ..models.accession_parts_relationship import AccessionPartsRelationship
    from ..models.accession_sibling_relationship import AccessionSiblingRelationship
    from ..models.collection_management import CollectionManagement
    from ..models.date import Date
    from ..models.deaccession import Deaccession
    from ..models.extent import Extent
    from ..models.external_document import ExternalDocument
    from ..models.external_id import ExternalId
    from ..models.file_version import FileVersion
    from ..models.instance import Instance
    from ..models.lang_material import LangMaterial
    from ..models.linked_agent import LinkedAgent
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration
    from ..models.ref import Ref
    from ..models.rights_statement import RightsStatement
    from ..models.user_defined import UserDefined

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.accession_parts_relationship import AccessionPartsRelationship  # noqa: PLC0415
    from ..models.accession_sibling_relationship import AccessionSiblingRelationship  # noqa: PLC0415
    from ..models.collection_management import CollectionManagement  # noqa: PLC0415
    from ..models.date import Date  # noqa: PLC0415
    from ..models.deaccession import Deaccession  # noqa: PLC0415
    from ..models.extent import Extent  # noqa: PLC0415
    from ..models.external_document import ExternalDocument  # noqa: PLC0415
    from ..models.external_id import ExternalId  # noqa: PLC0415
    from ..models.file_version import FileVersion  # noqa: PLC0415
    from ..models.instance import Instance  # noqa: PLC0415
    from ..models.lang_material import LangMaterial  # noqa: PLC0415
    from ..models.linked_agent import LinkedAgent  # noqa: PLC0415
    from ..models.metadata_rights_declaration import MetadataRightsDeclaration  # noqa: PLC0415
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.rights_statement import RightsStatement  # noqa: PLC0415
    from ..models.user_defined import UserDefined  # noqa: PLC0415

    globals().update(
        {
            "AccessionPartsRelationship": AccessionPartsRelationship,
            "AccessionSiblingRelationship": AccessionSiblingRelationship,
            "CollectionManagement": CollectionManagement,
            "Date": Date,
            "Deaccession": Deaccession,
            "Extent": Extent,
            "ExternalDocument": ExternalDocument,
            "ExternalId": ExternalId,
            "FileVersion": FileVersion,
            "Instance": Instance,
            "LangMaterial": LangMaterial,
            "LinkedAgent": LinkedAgent,
            "MetadataRightsDeclaration": MetadataRightsDeclaration,
            "Ref": Ref,
            "RightsStatement": RightsStatement,
            "UserDefined": UserDefined,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="Accession")


@_attrs_define
class Accession:
    """An accession: a record of material received by the repository (from whom, when, how much, under which terms). Its
    identifier is up to four parts, `id_0` to `id_3`, unique in the repository. Accessions may later be linked to the
    resources that describe the material.

        Attributes:
            id_0 (str): The first part of the identifier.
            jsonmodel_type (Literal['accession']):  Default: 'accession'.
            uri (str | Unset): The accession's URI, set by the server.
            external_ids (list[ExternalId] | Unset):
            title (str | Unset): The accession's title.
            display_string (str | Unset): The title (or the identifier when there is no title), as lists show it.
            slug (str | Unset): The human-readable part of the record's public URL.
            is_slug_auto (bool | Unset): Whether the server derives `slug` from the title or identifier. Default: True.
            id_1 (str | Unset): The second part of the identifier.
            id_2 (str | Unset): The third part of the identifier.
            id_3 (str | Unset): The fourth part of the identifier.
            content_description (str | Unset): What the accession contains.
            condition_description (str | Unset): The physical condition of the material on arrival.
            disposition (str | Unset): What was done with the material (where it went).
            inventory (str | Unset): A list of the material received.
            provenance (str | Unset): Where the material came from and its custodial history.
            related_accessions (list[AccessionPartsRelationship | AccessionSiblingRelationship] | Unset): Links to other
                accessions this one is part of, has parts in, or is bound with.
            accession_date (str | Unset): When the material was received, as `YYYY-MM-DD`. The server stores `9999-12-31`
                when it is left out.
            publish (bool | Unset): Whether the public interface shows the accession.
            classifications (list[Ref] | Unset): Links to classifications or classification terms (`{ref}`).
            subjects (list[Ref] | Unset): Links to subjects (`{ref}` to `/subjects/{id}`).
            linked_events (list[Ref] | Unset): Events that link this accession (`{ref}` to
                `/repositories/{repo_id}/events/{id}`).
            extents (list[Extent] | Unset):
            lang_materials (list[LangMaterial] | Unset):
            dates (list[Date] | Unset):
            external_documents (list[ExternalDocument] | Unset):
            rights_statements (list[RightsStatement] | Unset):
            deaccessions (list[Deaccession] | Unset):
            collection_management (CollectionManagement | Unset): Processing information of an accession, resource or
                digital object: plan, priority, status, estimated hours.
            user_defined (UserDefined | Unset): Fields each repository may use for its own purposes, with labels configured
                in the staff interface. The "integer" and "real" fields hold numbers as text.
            related_resources (list[Ref] | Unset): Resources that describe this accession's material (`{ref}` to
                `/repositories/{repo_id}/resources/{id}`).
            component_links (list[Ref] | Unset): Archival objects that describe part of this accession's material.
            suppressed (bool | Unset): Whether the accession is suppressed (hidden from everyone without the suppress
                permission).
            acquisition_type (str | Unset): How the material was acquired (enumeration `accession_acquisition_type`; known
                values `deposit`, `gift`, `purchase`, `transfer`).
            resource_type (str | Unset): What kind of material it is (enumeration `accession_resource_type`; known values
                `collection`, `papers`, `publications`, `records`).
            language (str | Unset): An ISO 639-2 code (enumeration `language_iso639_2`).
            script (str | Unset): An ISO 15924 code (enumeration `script_iso15924`).
            restrictions_apply (bool | Unset): Whether any restrictions apply to the material. Default: False.
            retention_rule (str | Unset): The retention rule for the material.
            general_note (str | Unset): A general note.
            access_restrictions (bool | Unset): Whether access to the material is restricted. Default: False.
            access_restrictions_note (str | Unset): How access is restricted.
            use_restrictions (bool | Unset): Whether use of the material is restricted. Default: False.
            use_restrictions_note (str | Unset): How use is restricted.
            linked_agents (list[LinkedAgent] | Unset): Agents linked as creators, sources or subjects.
            instances (list[Instance] | Unset):
            metadata_rights_declarations (list[MetadataRightsDeclaration] | Unset):
            representative_file_version (FileVersion | Unset): One file (or URL) of a digital object or digital object
                component. It appears in archival records only as the read-only `representative_file_version`.
            lock_version (int | str | Unset): Optimistic-lock counter; send back the value you fetched.
            created_by (str | Unset):
            last_modified_by (str | Unset):
            user_mtime (datetime.datetime | Unset):
            system_mtime (datetime.datetime | Unset):
            create_time (datetime.datetime | Unset):
            repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
                the server adds the linked record as `_resolved`.
    """

    id_0: str
    jsonmodel_type: Literal["accession"] = "accession"
    uri: str | Unset = UNSET
    external_ids: list[ExternalId] | Unset = UNSET
    title: str | Unset = UNSET
    display_string: str | Unset = UNSET
    slug: str | Unset = UNSET
    is_slug_auto: bool | Unset = True
    id_1: str | Unset = UNSET
    id_2: str | Unset = UNSET
    id_3: str | Unset = UNSET
    content_description: str | Unset = UNSET
    condition_description: str | Unset = UNSET
    disposition: str | Unset = UNSET
    inventory: str | Unset = UNSET
    provenance: str | Unset = UNSET
    related_accessions: (
        list[AccessionPartsRelationship | AccessionSiblingRelationship] | Unset
    ) = UNSET
    accession_date: str | Unset = UNSET
    publish: bool | Unset = UNSET
    classifications: list[Ref] | Unset = UNSET
    subjects: list[Ref] | Unset = UNSET
    linked_events: list[Ref] | Unset = UNSET
    extents: list[Extent] | Unset = UNSET
    lang_materials: list[LangMaterial] | Unset = UNSET
    dates: list[Date] | Unset = UNSET
    external_documents: list[ExternalDocument] | Unset = UNSET
    rights_statements: list[RightsStatement] | Unset = UNSET
    deaccessions: list[Deaccession] | Unset = UNSET
    collection_management: CollectionManagement | Unset = UNSET
    user_defined: UserDefined | Unset = UNSET
    related_resources: list[Ref] | Unset = UNSET
    component_links: list[Ref] | Unset = UNSET
    suppressed: bool | Unset = UNSET
    acquisition_type: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    language: str | Unset = UNSET
    script: str | Unset = UNSET
    restrictions_apply: bool | Unset = False
    retention_rule: str | Unset = UNSET
    general_note: str | Unset = UNSET
    access_restrictions: bool | Unset = False
    access_restrictions_note: str | Unset = UNSET
    use_restrictions: bool | Unset = False
    use_restrictions_note: str | Unset = UNSET
    linked_agents: list[LinkedAgent] | Unset = UNSET
    instances: list[Instance] | Unset = UNSET
    metadata_rights_declarations: list[MetadataRightsDeclaration] | Unset = UNSET
    representative_file_version: FileVersion | Unset = UNSET
    lock_version: int | str | Unset = UNSET
    created_by: str | Unset = UNSET
    last_modified_by: str | Unset = UNSET
    user_mtime: datetime.datetime | Unset = UNSET
    system_mtime: datetime.datetime | Unset = UNSET
    create_time: datetime.datetime | Unset = UNSET
    repository: Ref | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        id_0 = self.id_0

        jsonmodel_type = self.jsonmodel_type

        uri = self.uri

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        title = self.title

        display_string = self.display_string

        slug = self.slug

        is_slug_auto = self.is_slug_auto

        id_1 = self.id_1

        id_2 = self.id_2

        id_3 = self.id_3

        content_description = self.content_description

        condition_description = self.condition_description

        disposition = self.disposition

        inventory = self.inventory

        provenance = self.provenance

        related_accessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_accessions, Unset):
            related_accessions = []
            for related_accessions_item_data in self.related_accessions:
                related_accessions_item: dict[str, Any]
                if isinstance(related_accessions_item_data, AccessionPartsRelationship):
                    related_accessions_item = related_accessions_item_data.to_dict()
                else:
                    related_accessions_item = related_accessions_item_data.to_dict()

                related_accessions.append(related_accessions_item)

        accession_date = self.accession_date

        publish = self.publish

        classifications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.classifications, Unset):
            classifications = []
            for classifications_item_data in self.classifications:
                classifications_item = classifications_item_data.to_dict()
                classifications.append(classifications_item)

        subjects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = []
            for subjects_item_data in self.subjects:
                subjects_item = subjects_item_data.to_dict()
                subjects.append(subjects_item)

        linked_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_events, Unset):
            linked_events = []
            for linked_events_item_data in self.linked_events:
                linked_events_item = linked_events_item_data.to_dict()
                linked_events.append(linked_events_item)

        extents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extents, Unset):
            extents = []
            for extents_item_data in self.extents:
                extents_item = extents_item_data.to_dict()
                extents.append(extents_item)

        lang_materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lang_materials, Unset):
            lang_materials = []
            for lang_materials_item_data in self.lang_materials:
                lang_materials_item = lang_materials_item_data.to_dict()
                lang_materials.append(lang_materials_item)

        dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = []
            for dates_item_data in self.dates:
                dates_item = dates_item_data.to_dict()
                dates.append(dates_item)

        external_documents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_documents, Unset):
            external_documents = []
            for external_documents_item_data in self.external_documents:
                external_documents_item = external_documents_item_data.to_dict()
                external_documents.append(external_documents_item)

        rights_statements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rights_statements, Unset):
            rights_statements = []
            for rights_statements_item_data in self.rights_statements:
                rights_statements_item = rights_statements_item_data.to_dict()
                rights_statements.append(rights_statements_item)

        deaccessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deaccessions, Unset):
            deaccessions = []
            for deaccessions_item_data in self.deaccessions:
                deaccessions_item = deaccessions_item_data.to_dict()
                deaccessions.append(deaccessions_item)

        collection_management: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection_management, Unset):
            collection_management = self.collection_management.to_dict()

        user_defined: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_defined, Unset):
            user_defined = self.user_defined.to_dict()

        related_resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_resources, Unset):
            related_resources = []
            for related_resources_item_data in self.related_resources:
                related_resources_item = related_resources_item_data.to_dict()
                related_resources.append(related_resources_item)

        component_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.component_links, Unset):
            component_links = []
            for component_links_item_data in self.component_links:
                component_links_item = component_links_item_data.to_dict()
                component_links.append(component_links_item)

        suppressed = self.suppressed

        acquisition_type = self.acquisition_type

        resource_type = self.resource_type

        language = self.language

        script = self.script

        restrictions_apply = self.restrictions_apply

        retention_rule = self.retention_rule

        general_note = self.general_note

        access_restrictions = self.access_restrictions

        access_restrictions_note = self.access_restrictions_note

        use_restrictions = self.use_restrictions

        use_restrictions_note = self.use_restrictions_note

        linked_agents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_agents, Unset):
            linked_agents = []
            for linked_agents_item_data in self.linked_agents:
                linked_agents_item = linked_agents_item_data.to_dict()
                linked_agents.append(linked_agents_item)

        instances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instances, Unset):
            instances = []
            for instances_item_data in self.instances:
                instances_item = instances_item_data.to_dict()
                instances.append(instances_item)

        metadata_rights_declarations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata_rights_declarations, Unset):
            metadata_rights_declarations = []
            for (
                metadata_rights_declarations_item_data
            ) in self.metadata_rights_declarations:
                metadata_rights_declarations_item = (
                    metadata_rights_declarations_item_data.to_dict()
                )
                metadata_rights_declarations.append(metadata_rights_declarations_item)

        representative_file_version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.representative_file_version, Unset):
            representative_file_version = self.representative_file_version.to_dict()

        lock_version: int | str | Unset
        if isinstance(self.lock_version, Unset):
            lock_version = UNSET
        else:
            lock_version = self.lock_version

        created_by = self.created_by

        last_modified_by = self.last_modified_by

        user_mtime: str | Unset = UNSET
        if not isinstance(self.user_mtime, Unset):
            user_mtime = self.user_mtime.isoformat()

        system_mtime: str | Unset = UNSET
        if not isinstance(self.system_mtime, Unset):
            system_mtime = self.system_mtime.isoformat()

        create_time: str | Unset = UNSET
        if not isinstance(self.create_time, Unset):
            create_time = self.create_time.isoformat()

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_0": id_0,
                "jsonmodel_type": jsonmodel_type,
            }
        )
        if uri is not UNSET:
            field_dict["uri"] = uri
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if title is not UNSET:
            field_dict["title"] = title
        if display_string is not UNSET:
            field_dict["display_string"] = display_string
        if slug is not UNSET:
            field_dict["slug"] = slug
        if is_slug_auto is not UNSET:
            field_dict["is_slug_auto"] = is_slug_auto
        if id_1 is not UNSET:
            field_dict["id_1"] = id_1
        if id_2 is not UNSET:
            field_dict["id_2"] = id_2
        if id_3 is not UNSET:
            field_dict["id_3"] = id_3
        if content_description is not UNSET:
            field_dict["content_description"] = content_description
        if condition_description is not UNSET:
            field_dict["condition_description"] = condition_description
        if disposition is not UNSET:
            field_dict["disposition"] = disposition
        if inventory is not UNSET:
            field_dict["inventory"] = inventory
        if provenance is not UNSET:
            field_dict["provenance"] = provenance
        if related_accessions is not UNSET:
            field_dict["related_accessions"] = related_accessions
        if accession_date is not UNSET:
            field_dict["accession_date"] = accession_date
        if publish is not UNSET:
            field_dict["publish"] = publish
        if classifications is not UNSET:
            field_dict["classifications"] = classifications
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if linked_events is not UNSET:
            field_dict["linked_events"] = linked_events
        if extents is not UNSET:
            field_dict["extents"] = extents
        if lang_materials is not UNSET:
            field_dict["lang_materials"] = lang_materials
        if dates is not UNSET:
            field_dict["dates"] = dates
        if external_documents is not UNSET:
            field_dict["external_documents"] = external_documents
        if rights_statements is not UNSET:
            field_dict["rights_statements"] = rights_statements
        if deaccessions is not UNSET:
            field_dict["deaccessions"] = deaccessions
        if collection_management is not UNSET:
            field_dict["collection_management"] = collection_management
        if user_defined is not UNSET:
            field_dict["user_defined"] = user_defined
        if related_resources is not UNSET:
            field_dict["related_resources"] = related_resources
        if component_links is not UNSET:
            field_dict["component_links"] = component_links
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if acquisition_type is not UNSET:
            field_dict["acquisition_type"] = acquisition_type
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if language is not UNSET:
            field_dict["language"] = language
        if script is not UNSET:
            field_dict["script"] = script
        if restrictions_apply is not UNSET:
            field_dict["restrictions_apply"] = restrictions_apply
        if retention_rule is not UNSET:
            field_dict["retention_rule"] = retention_rule
        if general_note is not UNSET:
            field_dict["general_note"] = general_note
        if access_restrictions is not UNSET:
            field_dict["access_restrictions"] = access_restrictions
        if access_restrictions_note is not UNSET:
            field_dict["access_restrictions_note"] = access_restrictions_note
        if use_restrictions is not UNSET:
            field_dict["use_restrictions"] = use_restrictions
        if use_restrictions_note is not UNSET:
            field_dict["use_restrictions_note"] = use_restrictions_note
        if linked_agents is not UNSET:
            field_dict["linked_agents"] = linked_agents
        if instances is not UNSET:
            field_dict["instances"] = instances
        if metadata_rights_declarations is not UNSET:
            field_dict["metadata_rights_declarations"] = metadata_rights_declarations
        if representative_file_version is not UNSET:
            field_dict["representative_file_version"] = representative_file_version
        if lock_version is not UNSET:
            field_dict["lock_version"] = lock_version
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if last_modified_by is not UNSET:
            field_dict["last_modified_by"] = last_modified_by
        if user_mtime is not UNSET:
            field_dict["user_mtime"] = user_mtime
        if system_mtime is not UNSET:
            field_dict["system_mtime"] = system_mtime
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if repository is not UNSET:
            field_dict["repository"] = repository

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        id_0 = d.pop("id_0")

        jsonmodel_type = cast("Literal['accession']", d.pop("jsonmodel_type"))
        if jsonmodel_type != "accession":
            raise ValueError(
                f"jsonmodel_type must match const 'accession', got '{jsonmodel_type}'"
            )

        uri = d.pop("uri", UNSET)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        title = d.pop("title", UNSET)

        display_string = d.pop("display_string", UNSET)

        slug = d.pop("slug", UNSET)

        is_slug_auto = d.pop("is_slug_auto", UNSET)

        id_1 = d.pop("id_1", UNSET)

        id_2 = d.pop("id_2", UNSET)

        id_3 = d.pop("id_3", UNSET)

        content_description = d.pop("content_description", UNSET)

        condition_description = d.pop("condition_description", UNSET)

        disposition = d.pop("disposition", UNSET)

        inventory = d.pop("inventory", UNSET)

        provenance = d.pop("provenance", UNSET)

        _related_accessions = d.pop("related_accessions", UNSET)
        related_accessions: (
            list[AccessionPartsRelationship | AccessionSiblingRelationship] | Unset
        ) = UNSET
        if _related_accessions is not UNSET:
            related_accessions = []
            for related_accessions_item_data in _related_accessions:

                def _parse_related_accessions_item(
                    data: object,
                ) -> AccessionPartsRelationship | AccessionSiblingRelationship:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        related_accessions_item_type_0 = (
                            AccessionPartsRelationship.from_dict(data)
                        )

                        return related_accessions_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    related_accessions_item_type_1 = (
                        AccessionSiblingRelationship.from_dict(data)
                    )

                    return related_accessions_item_type_1

                related_accessions_item = _parse_related_accessions_item(
                    related_accessions_item_data
                )

                related_accessions.append(related_accessions_item)

        accession_date = d.pop("accession_date", UNSET)

        publish = d.pop("publish", UNSET)

        _classifications = d.pop("classifications", UNSET)
        classifications: list[Ref] | Unset = UNSET
        if _classifications is not UNSET:
            classifications = []
            for classifications_item_data in _classifications:
                classifications_item = Ref.from_dict(classifications_item_data)

                classifications.append(classifications_item)

        _subjects = d.pop("subjects", UNSET)
        subjects: list[Ref] | Unset = UNSET
        if _subjects is not UNSET:
            subjects = []
            for subjects_item_data in _subjects:
                subjects_item = Ref.from_dict(subjects_item_data)

                subjects.append(subjects_item)

        _linked_events = d.pop("linked_events", UNSET)
        linked_events: list[Ref] | Unset = UNSET
        if _linked_events is not UNSET:
            linked_events = []
            for linked_events_item_data in _linked_events:
                linked_events_item = Ref.from_dict(linked_events_item_data)

                linked_events.append(linked_events_item)

        _extents = d.pop("extents", UNSET)
        extents: list[Extent] | Unset = UNSET
        if _extents is not UNSET:
            extents = []
            for extents_item_data in _extents:
                extents_item = Extent.from_dict(extents_item_data)

                extents.append(extents_item)

        _lang_materials = d.pop("lang_materials", UNSET)
        lang_materials: list[LangMaterial] | Unset = UNSET
        if _lang_materials is not UNSET:
            lang_materials = []
            for lang_materials_item_data in _lang_materials:
                lang_materials_item = LangMaterial.from_dict(lang_materials_item_data)

                lang_materials.append(lang_materials_item)

        _dates = d.pop("dates", UNSET)
        dates: list[Date] | Unset = UNSET
        if _dates is not UNSET:
            dates = []
            for dates_item_data in _dates:
                dates_item = Date.from_dict(dates_item_data)

                dates.append(dates_item)

        _external_documents = d.pop("external_documents", UNSET)
        external_documents: list[ExternalDocument] | Unset = UNSET
        if _external_documents is not UNSET:
            external_documents = []
            for external_documents_item_data in _external_documents:
                external_documents_item = ExternalDocument.from_dict(
                    external_documents_item_data
                )

                external_documents.append(external_documents_item)

        _rights_statements = d.pop("rights_statements", UNSET)
        rights_statements: list[RightsStatement] | Unset = UNSET
        if _rights_statements is not UNSET:
            rights_statements = []
            for rights_statements_item_data in _rights_statements:
                rights_statements_item = RightsStatement.from_dict(
                    rights_statements_item_data
                )

                rights_statements.append(rights_statements_item)

        _deaccessions = d.pop("deaccessions", UNSET)
        deaccessions: list[Deaccession] | Unset = UNSET
        if _deaccessions is not UNSET:
            deaccessions = []
            for deaccessions_item_data in _deaccessions:
                deaccessions_item = Deaccession.from_dict(deaccessions_item_data)

                deaccessions.append(deaccessions_item)

        _collection_management = d.pop("collection_management", UNSET)
        collection_management: CollectionManagement | Unset
        if isinstance(_collection_management, Unset):
            collection_management = UNSET
        else:
            collection_management = CollectionManagement.from_dict(
                _collection_management
            )

        _user_defined = d.pop("user_defined", UNSET)
        user_defined: UserDefined | Unset
        if isinstance(_user_defined, Unset):
            user_defined = UNSET
        else:
            user_defined = UserDefined.from_dict(_user_defined)

        _related_resources = d.pop("related_resources", UNSET)
        related_resources: list[Ref] | Unset = UNSET
        if _related_resources is not UNSET:
            related_resources = []
            for related_resources_item_data in _related_resources:
                related_resources_item = Ref.from_dict(related_resources_item_data)

                related_resources.append(related_resources_item)

        _component_links = d.pop("component_links", UNSET)
        component_links: list[Ref] | Unset = UNSET
        if _component_links is not UNSET:
            component_links = []
            for component_links_item_data in _component_links:
                component_links_item = Ref.from_dict(component_links_item_data)

                component_links.append(component_links_item)

        suppressed = d.pop("suppressed", UNSET)

        acquisition_type = d.pop("acquisition_type", UNSET)

        resource_type = d.pop("resource_type", UNSET)

        language = d.pop("language", UNSET)

        script = d.pop("script", UNSET)

        restrictions_apply = d.pop("restrictions_apply", UNSET)

        retention_rule = d.pop("retention_rule", UNSET)

        general_note = d.pop("general_note", UNSET)

        access_restrictions = d.pop("access_restrictions", UNSET)

        access_restrictions_note = d.pop("access_restrictions_note", UNSET)

        use_restrictions = d.pop("use_restrictions", UNSET)

        use_restrictions_note = d.pop("use_restrictions_note", UNSET)

        _linked_agents = d.pop("linked_agents", UNSET)
        linked_agents: list[LinkedAgent] | Unset = UNSET
        if _linked_agents is not UNSET:
            linked_agents = []
            for linked_agents_item_data in _linked_agents:
                linked_agents_item = LinkedAgent.from_dict(linked_agents_item_data)

                linked_agents.append(linked_agents_item)

        _instances = d.pop("instances", UNSET)
        instances: list[Instance] | Unset = UNSET
        if _instances is not UNSET:
            instances = []
            for instances_item_data in _instances:
                instances_item = Instance.from_dict(instances_item_data)

                instances.append(instances_item)

        _metadata_rights_declarations = d.pop("metadata_rights_declarations", UNSET)
        metadata_rights_declarations: list[MetadataRightsDeclaration] | Unset = UNSET
        if _metadata_rights_declarations is not UNSET:
            metadata_rights_declarations = []
            for metadata_rights_declarations_item_data in _metadata_rights_declarations:
                metadata_rights_declarations_item = MetadataRightsDeclaration.from_dict(
                    metadata_rights_declarations_item_data
                )

                metadata_rights_declarations.append(metadata_rights_declarations_item)

        _representative_file_version = d.pop("representative_file_version", UNSET)
        representative_file_version: FileVersion | Unset
        if isinstance(_representative_file_version, Unset):
            representative_file_version = UNSET
        else:
            representative_file_version = FileVersion.from_dict(
                _representative_file_version
            )

        def _parse_lock_version(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast("int | str | Unset", data)

        lock_version = _parse_lock_version(d.pop("lock_version", UNSET))

        created_by = d.pop("created_by", UNSET)

        last_modified_by = d.pop("last_modified_by", UNSET)

        _user_mtime = d.pop("user_mtime", UNSET)
        user_mtime: datetime.datetime | Unset
        if isinstance(_user_mtime, Unset):
            user_mtime = UNSET
        else:
            user_mtime = parse_datetime(_user_mtime)

        _system_mtime = d.pop("system_mtime", UNSET)
        system_mtime: datetime.datetime | Unset
        if isinstance(_system_mtime, Unset):
            system_mtime = UNSET
        else:
            system_mtime = parse_datetime(_system_mtime)

        _create_time = d.pop("create_time", UNSET)
        create_time: datetime.datetime | Unset
        if isinstance(_create_time, Unset):
            create_time = UNSET
        else:
            create_time = parse_datetime(_create_time)

        _repository = d.pop("repository", UNSET)
        repository: Ref | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = Ref.from_dict(_repository)

        _obj = cls(
            id_0=id_0,
            jsonmodel_type=jsonmodel_type,
            uri=uri,
            external_ids=external_ids,
            title=title,
            display_string=display_string,
            slug=slug,
            is_slug_auto=is_slug_auto,
            id_1=id_1,
            id_2=id_2,
            id_3=id_3,
            content_description=content_description,
            condition_description=condition_description,
            disposition=disposition,
            inventory=inventory,
            provenance=provenance,
            related_accessions=related_accessions,
            accession_date=accession_date,
            publish=publish,
            classifications=classifications,
            subjects=subjects,
            linked_events=linked_events,
            extents=extents,
            lang_materials=lang_materials,
            dates=dates,
            external_documents=external_documents,
            rights_statements=rights_statements,
            deaccessions=deaccessions,
            collection_management=collection_management,
            user_defined=user_defined,
            related_resources=related_resources,
            component_links=component_links,
            suppressed=suppressed,
            acquisition_type=acquisition_type,
            resource_type=resource_type,
            language=language,
            script=script,
            restrictions_apply=restrictions_apply,
            retention_rule=retention_rule,
            general_note=general_note,
            access_restrictions=access_restrictions,
            access_restrictions_note=access_restrictions_note,
            use_restrictions=use_restrictions,
            use_restrictions_note=use_restrictions_note,
            linked_agents=linked_agents,
            instances=instances,
            metadata_rights_declarations=metadata_rights_declarations,
            representative_file_version=representative_file_version,
            lock_version=lock_version,
            created_by=created_by,
            last_modified_by=last_modified_by,
            user_mtime=user_mtime,
            system_mtime=system_mtime,
            create_time=create_time,
            repository=repository,
        )

        _obj.additional_properties = d
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

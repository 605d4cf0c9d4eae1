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
    from ..models.agent_relationship_hierarchical_resolved import (
        AgentRelationshipHierarchicalResolved,
    )
    from ..models.ref import Ref
    from ..models.structured_date_label import StructuredDateLabel

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.agent_relationship_hierarchical_resolved import (
        AgentRelationshipHierarchicalResolved,  # noqa: PLC0415
    )
    from ..models.ref import Ref  # noqa: PLC0415
    from ..models.structured_date_label import StructuredDateLabel  # noqa: PLC0415

    globals().update(
        {
            "AgentRelationshipHierarchicalResolved": AgentRelationshipHierarchicalResolved,
            "Ref": Ref,
            "StructuredDateLabel": StructuredDateLabel,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="AgentRelationshipHierarchical")


@_attrs_define
class AgentRelationshipHierarchical:
    """A hierarchical relationship between agents (one is above the other), without finer detail.

    Attributes:
        jsonmodel_type (Literal['agent_relationship_hierarchical']):  Default: 'agent_relationship_hierarchical'.
        relator (str): How this agent relates to the other (enumeration `agent_relationship_hierarchical_relator`; known
            value `is_hierarchical_with`).
        ref (str): The URI of the other agent, a person, corporate entity or family.
        field_resolved (AgentRelationshipHierarchicalResolved | Unset): The other agent, with
            `resolve[]=related_agents`.
        relationship_uri (str | Unset): A URI naming the relationship in an external vocabulary.
        specific_relator (str | Unset): A more specific relator (editable enumeration
            `agent_relationship_specific_relator`).
        description (str | Unset): A free-text description of the relationship.
        dates (StructuredDateLabel | Unset): A dated fact about an agent (existence, name use, a relationship): a label,
            and either `structured_date_single` (`date_type_structured: single`) or `structured_date_range` (`range`).
        lock_version (int | str | Unset):
        created_by (str | Unset):
        last_modified_by (str | Unset):
        user_mtime (datetime.datetime | Unset):
        system_mtime (datetime.datetime | Unset):
        create_time (datetime.datetime | Unset):
        repository (Ref | Unset): A link to another record by URI. With `resolve[]` naming the property that holds it,
            the server adds the linked record as `_resolved`.
    """

    relator: str
    ref: str
    jsonmodel_type: Literal["agent_relationship_hierarchical"] = (
        "agent_relationship_hierarchical"
    )
    field_resolved: AgentRelationshipHierarchicalResolved | Unset = UNSET
    relationship_uri: str | Unset = UNSET
    specific_relator: str | Unset = UNSET
    description: str | Unset = UNSET
    dates: StructuredDateLabel | Unset = UNSET
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
        jsonmodel_type = self.jsonmodel_type

        relator = self.relator

        ref = self.ref

        field_resolved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.field_resolved, Unset):
            field_resolved = self.field_resolved.to_dict()

        relationship_uri = self.relationship_uri

        specific_relator = self.specific_relator

        description = self.description

        dates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates.to_dict()

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
                "jsonmodel_type": jsonmodel_type,
                "relator": relator,
                "ref": ref,
            }
        )
        if field_resolved is not UNSET:
            field_dict["_resolved"] = field_resolved
        if relationship_uri is not UNSET:
            field_dict["relationship_uri"] = relationship_uri
        if specific_relator is not UNSET:
            field_dict["specific_relator"] = specific_relator
        if description is not UNSET:
            field_dict["description"] = description
        if dates is not UNSET:
            field_dict["dates"] = dates
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
        jsonmodel_type = cast(
            "Literal['agent_relationship_hierarchical']", d.pop("jsonmodel_type")
        )
        if jsonmodel_type != "agent_relationship_hierarchical":
            raise ValueError(
                f"jsonmodel_type must match const 'agent_relationship_hierarchical', got '{jsonmodel_type}'"
            )

        relator = d.pop("relator")

        ref = d.pop("ref")

        _field_resolved = d.pop("_resolved", UNSET)
        field_resolved: AgentRelationshipHierarchicalResolved | Unset
        if isinstance(_field_resolved, Unset):
            field_resolved = UNSET
        else:
            field_resolved = AgentRelationshipHierarchicalResolved.from_dict(
                _field_resolved
            )

        relationship_uri = d.pop("relationship_uri", UNSET)

        specific_relator = d.pop("specific_relator", UNSET)

        description = d.pop("description", UNSET)

        _dates = d.pop("dates", UNSET)
        dates: StructuredDateLabel | Unset
        if isinstance(_dates, Unset):
            dates = UNSET
        else:
            dates = StructuredDateLabel.from_dict(_dates)

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
            jsonmodel_type=jsonmodel_type,
            relator=relator,
            ref=ref,
            field_resolved=field_resolved,
            relationship_uri=relationship_uri,
            specific_relator=specific_relator,
            description=description,
            dates=dates,
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

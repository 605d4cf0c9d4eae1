from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_status import UnitStatus, check_unit_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransferStatus")


@_attrs_define
class TransferStatus:
    """The status of a transfer.

    Attributes:
        type_ (Literal['transfer']): Always `transfer`.
        uuid (UUID): The transfer's UUID.
        status (UnitStatus): The status of a transfer or SIP, worked out from its jobs: PROCESSING while jobs run,
            USER_INPUT when a decision is awaited, COMPLETE when the unit finished (a transfer becomes a SIP or goes to
            backlog), FAILED when a job failed the unit, REJECTED when a user rejected it.
        path (str | Unset): The transfer's current absolute directory on the pipeline (with `%sharedPath%` expanded).
        directory (str | Unset): The last component of `path`.
        name (str | Unset): The transfer's name (`directory` without the `-<uuid>` suffix).
        microservice (str | Unset): The name of the job that ran last (or is running).
        sip_uuid (str | Unset): Set once the transfer is COMPLETE: the UUID of the SIP it became, or the literal
            `BACKLOG` when the transfer was sent to backlog instead of ingest (so it is not always a UUID).
        message (str | Unset):
    """

    type_: Literal["transfer"]
    uuid: UUID
    status: UnitStatus
    path: str | Unset = UNSET
    directory: str | Unset = UNSET
    name: str | Unset = UNSET
    microservice: str | Unset = UNSET
    sip_uuid: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        uuid = str(self.uuid)

        status: str = self.status

        path = self.path

        directory = self.directory

        name = self.name

        microservice = self.microservice

        sip_uuid = self.sip_uuid

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "uuid": uuid,
                "status": status,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path
        if directory is not UNSET:
            field_dict["directory"] = directory
        if name is not UNSET:
            field_dict["name"] = name
        if microservice is not UNSET:
            field_dict["microservice"] = microservice
        if sip_uuid is not UNSET:
            field_dict["sip_uuid"] = sip_uuid
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast("Literal['transfer']", d.pop("type"))
        if type_ != "transfer":
            raise ValueError(f"type must match const 'transfer', got '{type_}'")

        uuid = UUID(d.pop("uuid"))

        status = check_unit_status(d.pop("status"))

        path = d.pop("path", UNSET)

        directory = d.pop("directory", UNSET)

        name = d.pop("name", UNSET)

        microservice = d.pop("microservice", UNSET)

        sip_uuid = d.pop("sip_uuid", UNSET)

        message = d.pop("message", UNSET)

        _obj = cls(
            type_=type_,
            uuid=uuid,
            status=status,
            path=path,
            directory=directory,
            name=name,
            microservice=microservice,
            sip_uuid=sip_uuid,
            message=message,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user import User

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.user import User  # noqa: PLC0415

    globals().update(
        {
            "User": User,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="LoginResult")


@_attrs_define
class LoginResult:
    """What a successful login answers.

    Attributes:
        session (str): The session token; send it as the `X-ArchivesSpace-Session` header.
        user (User | Unset): A user account. The password is never part of the record: it travels as the `password`
            parameter of the create and update routes. `permissions` is filled in when a user is fetched by id, at login and
            for the current user.
        expire_after_seconds (int | Unset): Idle seconds before the session expires (only with `expiring=false`).
    """

    session: str
    user: User | Unset = UNSET
    expire_after_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        session = self.session

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        expire_after_seconds = self.expire_after_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session": session,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if expire_after_seconds is not UNSET:
            field_dict["expire_after_seconds"] = expire_after_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        session = d.pop("session")

        _user = d.pop("user", UNSET)
        user: User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = User.from_dict(_user)

        expire_after_seconds = d.pop("expire_after_seconds", UNSET)

        _obj = cls(
            session=session,
            user=user,
            expire_after_seconds=expire_after_seconds,
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

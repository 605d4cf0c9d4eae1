from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.current_preferences_defaults import CurrentPreferencesDefaults
    from ..models.current_preferences_defaults_global import (
        CurrentPreferencesDefaultsGlobal,
    )
    from ..models.current_preferences_defaults_repo import (
        CurrentPreferencesDefaultsRepo,
    )
    from ..models.current_preferences_defaults_user_global import (
        CurrentPreferencesDefaultsUserGlobal,
    )
    from ..models.current_preferences_defaults_user_repo import (
        CurrentPreferencesDefaultsUserRepo,
    )
    from ..models.preference import Preference

_LOADED = False


def _load() -> None:
    """Bind the models this one refers to (importing them with the module would import the whole graph)."""
    global _LOADED  # noqa: PLW0603
    from ..models.current_preferences_defaults import CurrentPreferencesDefaults  # noqa: PLC0415
    from ..models.current_preferences_defaults_global import (
        CurrentPreferencesDefaultsGlobal,  # noqa: PLC0415
    )
    from ..models.current_preferences_defaults_repo import (
        CurrentPreferencesDefaultsRepo,  # noqa: PLC0415
    )
    from ..models.current_preferences_defaults_user_global import (
        CurrentPreferencesDefaultsUserGlobal,  # noqa: PLC0415
    )
    from ..models.current_preferences_defaults_user_repo import (
        CurrentPreferencesDefaultsUserRepo,  # noqa: PLC0415
    )
    from ..models.preference import Preference  # noqa: PLC0415

    globals().update(
        {
            "CurrentPreferencesDefaults": CurrentPreferencesDefaults,
            "CurrentPreferencesDefaultsGlobal": CurrentPreferencesDefaultsGlobal,
            "CurrentPreferencesDefaultsRepo": CurrentPreferencesDefaultsRepo,
            "CurrentPreferencesDefaultsUserGlobal": CurrentPreferencesDefaultsUserGlobal,
            "CurrentPreferencesDefaultsUserRepo": CurrentPreferencesDefaultsUserRepo,
            "Preference": Preference,
        }
    )
    _LOADED = True


T = TypeVar("T", bound="CurrentPreferences")


@_attrs_define
class CurrentPreferences:
    """The preferences that apply to the current user: the record of each level that exists, and their merge. Levels
    without a record are absent; without a session the answer is an empty object.

        Attributes:
            defaults (CurrentPreferencesDefaults | Unset): The settings in force: the `Defaults` fields of all levels
                merged, the more specific winning (without `jsonmodel_type`).
            global_ (Preference | Unset): One level of preferences. Without `user_id` it holds the repository's preferences
                (or, in the global repository, the system's); with `user_id` that user's.
            user_global (Preference | Unset): One level of preferences. Without `user_id` it holds the repository's
                preferences (or, in the global repository, the system's); with `user_id` that user's.
            repo (Preference | Unset): One level of preferences. Without `user_id` it holds the repository's preferences
                (or, in the global repository, the system's); with `user_id` that user's.
            user_repo (Preference | Unset): One level of preferences. Without `user_id` it holds the repository's
                preferences (or, in the global repository, the system's); with `user_id` that user's.
            defaults_global (CurrentPreferencesDefaultsGlobal | Unset): The merged settings up to the global level.
            defaults_user_global (CurrentPreferencesDefaultsUserGlobal | Unset): The merged settings up to the user's global
                level.
            defaults_repo (CurrentPreferencesDefaultsRepo | Unset): The merged settings up to the repository level.
            defaults_user_repo (CurrentPreferencesDefaultsUserRepo | Unset): The merged settings up to the user's repository
                level.
    """

    defaults: CurrentPreferencesDefaults | Unset = UNSET
    global_: Preference | Unset = UNSET
    user_global: Preference | Unset = UNSET
    repo: Preference | Unset = UNSET
    user_repo: Preference | Unset = UNSET
    defaults_global: CurrentPreferencesDefaultsGlobal | Unset = UNSET
    defaults_user_global: CurrentPreferencesDefaultsUserGlobal | Unset = UNSET
    defaults_repo: CurrentPreferencesDefaultsRepo | Unset = UNSET
    defaults_user_repo: CurrentPreferencesDefaultsUserRepo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _LOADED:
            _load()
        defaults: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults, Unset):
            defaults = self.defaults.to_dict()

        global_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_, Unset):
            global_ = self.global_.to_dict()

        user_global: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_global, Unset):
            user_global = self.user_global.to_dict()

        repo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repo, Unset):
            repo = self.repo.to_dict()

        user_repo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_repo, Unset):
            user_repo = self.user_repo.to_dict()

        defaults_global: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults_global, Unset):
            defaults_global = self.defaults_global.to_dict()

        defaults_user_global: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults_user_global, Unset):
            defaults_user_global = self.defaults_user_global.to_dict()

        defaults_repo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults_repo, Unset):
            defaults_repo = self.defaults_repo.to_dict()

        defaults_user_repo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.defaults_user_repo, Unset):
            defaults_user_repo = self.defaults_user_repo.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if defaults is not UNSET:
            field_dict["defaults"] = defaults
        if global_ is not UNSET:
            field_dict["global"] = global_
        if user_global is not UNSET:
            field_dict["user_global"] = user_global
        if repo is not UNSET:
            field_dict["repo"] = repo
        if user_repo is not UNSET:
            field_dict["user_repo"] = user_repo
        if defaults_global is not UNSET:
            field_dict["defaults_global"] = defaults_global
        if defaults_user_global is not UNSET:
            field_dict["defaults_user_global"] = defaults_user_global
        if defaults_repo is not UNSET:
            field_dict["defaults_repo"] = defaults_repo
        if defaults_user_repo is not UNSET:
            field_dict["defaults_user_repo"] = defaults_user_repo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _LOADED:
            _load()
        d = dict(src_dict)
        _defaults = d.pop("defaults", UNSET)
        defaults: CurrentPreferencesDefaults | Unset
        if isinstance(_defaults, Unset):
            defaults = UNSET
        else:
            defaults = CurrentPreferencesDefaults.from_dict(_defaults)

        _global_ = d.pop("global", UNSET)
        global_: Preference | Unset
        if isinstance(_global_, Unset):
            global_ = UNSET
        else:
            global_ = Preference.from_dict(_global_)

        _user_global = d.pop("user_global", UNSET)
        user_global: Preference | Unset
        if isinstance(_user_global, Unset):
            user_global = UNSET
        else:
            user_global = Preference.from_dict(_user_global)

        _repo = d.pop("repo", UNSET)
        repo: Preference | Unset
        if isinstance(_repo, Unset):
            repo = UNSET
        else:
            repo = Preference.from_dict(_repo)

        _user_repo = d.pop("user_repo", UNSET)
        user_repo: Preference | Unset
        if isinstance(_user_repo, Unset):
            user_repo = UNSET
        else:
            user_repo = Preference.from_dict(_user_repo)

        _defaults_global = d.pop("defaults_global", UNSET)
        defaults_global: CurrentPreferencesDefaultsGlobal | Unset
        if isinstance(_defaults_global, Unset):
            defaults_global = UNSET
        else:
            defaults_global = CurrentPreferencesDefaultsGlobal.from_dict(
                _defaults_global
            )

        _defaults_user_global = d.pop("defaults_user_global", UNSET)
        defaults_user_global: CurrentPreferencesDefaultsUserGlobal | Unset
        if isinstance(_defaults_user_global, Unset):
            defaults_user_global = UNSET
        else:
            defaults_user_global = CurrentPreferencesDefaultsUserGlobal.from_dict(
                _defaults_user_global
            )

        _defaults_repo = d.pop("defaults_repo", UNSET)
        defaults_repo: CurrentPreferencesDefaultsRepo | Unset
        if isinstance(_defaults_repo, Unset):
            defaults_repo = UNSET
        else:
            defaults_repo = CurrentPreferencesDefaultsRepo.from_dict(_defaults_repo)

        _defaults_user_repo = d.pop("defaults_user_repo", UNSET)
        defaults_user_repo: CurrentPreferencesDefaultsUserRepo | Unset
        if isinstance(_defaults_user_repo, Unset):
            defaults_user_repo = UNSET
        else:
            defaults_user_repo = CurrentPreferencesDefaultsUserRepo.from_dict(
                _defaults_user_repo
            )

        _obj = cls(
            defaults=defaults,
            global_=global_,
            user_global=user_global,
            repo=repo,
            user_repo=user_repo,
            defaults_global=defaults_global,
            defaults_user_global=defaults_user_global,
            defaults_repo=defaults_repo,
            defaults_user_repo=defaults_user_repo,
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

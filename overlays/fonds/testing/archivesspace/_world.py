"""The seeded world: how many records of each type exist and the values records share, all from ``seed``.

Nothing here is stored per record: a seeded record is regenerated from ``(seed, type, id)`` whenever it is read,
and the facts other records need about it (a person's name, a resource's years) come from cheap hashes.
"""

from __future__ import annotations

import random
import time
from typing import Any

from . import _words as words
from ._kinds import KINDS
from ._layout import Layout

BASE_TIME = 1_704_067_200  # 2024-01-01T00:00:00Z: seeded records were "created" from here on
AOS_PER_BOX = 25

_KIND_INDEX = {name: index for index, name in enumerate(KINDS)}
_MASK = (1 << 64) - 1

FIXED_COUNTS = {
    "accession": 25,
    "digital_object": 30,
    "digital_object_component": 0,
    "event": 30,
    "agent_person": 40,
    "agent_corporate_entity": 15,
    "agent_family": 10,
    "agent_software": 3,
    "subject": 40,
    "location": 20,
}


def iso(epoch: float) -> str:
    """``2024-01-01T00:00:00Z``: the server's timestamp format."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


def mix(*parts: int) -> int:
    """A 64-bit hash of integers (splitmix64 steps): the cheap deterministic draws."""
    h = 0x9E3779B97F4A7C15
    for part in parts:
        h = (h ^ (part & _MASK)) & _MASK
        h = ((h ^ (h >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        h = ((h ^ (h >> 27)) * 0x94D049BB133111EB) & _MASK
        h ^= h >> 31
    return h


class World:
    """The seeded records' census and shared facts.

    Example::

        world = World(seed=0, archival_objects=600)
        world.seeded("accession")  # range(1, 26)
        world.person_name(3)       # ("Ada", "Hale", 1871, 1944)
    """

    def __init__(self, seed: int, archival_objects: int) -> None:
        self.seed = seed
        self.layout = Layout(archival_objects)
        n = self.layout.total
        self._seeded: dict[str, range] = {name: range(1, count + 1) for name, count in FIXED_COUNTS.items()}
        self._seeded["repository"] = range(2, 3)
        self._seeded["resource"] = range(1, self.layout.resources + 1)
        self._seeded["archival_object"] = range(1, n + 1)
        self._seeded["top_container"] = range(1, (n + AOS_PER_BOX - 1) // AOS_PER_BOX + 1)
        self.do_stride = max(1, n // max(1, FIXED_COUNTS["digital_object"]))

    def seeded(self, kind: str) -> range:
        """The ids of the seeded records of ``kind``."""
        return self._seeded.get(kind, range(0))

    def rng(self, kind: str, record_id: int) -> random.Random:
        """The random stream of one seeded record."""
        return random.Random(mix(self.seed, _KIND_INDEX[kind], record_id))

    def h(self, *parts: int) -> int:
        """A hash of ``parts`` under this world's seed."""
        return mix(self.seed, *parts)

    def mtime(self, kind: str, record_id: int) -> int:
        """The seeded ``system_mtime`` (epoch seconds): increasing with the id, so harvests are incremental."""
        return BASE_TIME + _KIND_INDEX[kind] * 3607 + record_id * 61

    def audit(self, kind: str, record_id: int) -> dict[str, Any]:
        """The audit fields every record and subrecord carries."""
        stamp = iso(self.mtime(kind, record_id))
        return {
            "created_by": "admin",
            "last_modified_by": "admin",
            "create_time": stamp,
            "system_mtime": stamp,
            "user_mtime": stamp,
        }

    # -- facts shared between records ------------------------------------------------------------------------

    def person_name(self, person_id: int) -> tuple[str, str, int, int]:
        """``(given, surname, born, died)`` of seeded agent_person ``person_id``."""
        h = self.h(101, person_id)
        born = 1820 + h % 90
        return (
            words.GIVEN_NAMES[(h >> 8) % len(words.GIVEN_NAMES)],
            words.SURNAMES[(h >> 16) % len(words.SURNAMES)],
            born,
            born + 35 + (h >> 24) % 50,
        )

    def person_sort_name(self, person_id: int) -> str:
        """``Surname, Given, 1850-1920``."""
        given, surname, born, died = self.person_name(person_id)
        return f"{surname}, {given}, {born}-{died}"

    def corporate_name(self, corporate_id: int) -> str:
        """``Northfield Historical Society``."""
        h = self.h(102, corporate_id)
        return f"{words.PLACES[h % len(words.PLACES)]} {words.ORGANIZATIONS[(h >> 8) % len(words.ORGANIZATIONS)]}"

    def family_name(self, family_id: int) -> str:
        """``Hale family``."""
        return f"{words.SURNAMES[self.h(103, family_id) % len(words.SURNAMES)]} family"

    def software_name(self, software_id: int) -> str:
        """``ArchivesSpace`` for 1, then other systems."""
        return ("ArchivesSpace", "Archivematica", "BitCurator", "DROID", "JHOVE")[(software_id - 1) % 5]

    def agent_title(self, kind: str, agent_id: int) -> str:
        """The display title of a seeded agent of ``kind``."""
        if kind == "agent_person":
            return self.person_sort_name(agent_id)
        if kind == "agent_corporate_entity":
            return self.corporate_name(agent_id)
        if kind == "agent_family":
            return self.family_name(agent_id)
        return self.software_name(agent_id)

    def subject_terms(self, subject_id: int) -> list[tuple[str, str]]:
        """``[(term, term_type), ...]`` of seeded subject ``subject_id``."""
        h = self.h(104, subject_id)
        terms = [(words.TOPICS[(subject_id - 1) % len(words.TOPICS)], "topical")]
        if subject_id > len(words.TOPICS) or h % 3 == 0:
            terms.append((words.PLACES[(h >> 8) % len(words.PLACES)], "geographic"))
        return terms

    def subject_title(self, subject_id: int) -> str:
        """``Railroads -- Northfield``."""
        return " -- ".join(term for term, _ in self.subject_terms(subject_id))

    def resource_years(self, resource_id: int) -> tuple[int, int]:
        """The inclusive years of seeded resource ``resource_id``."""
        h = self.h(105, resource_id)
        begin = 1850 + h % 90
        return begin, begin + 5 + (h >> 8) % 60

    def resource_creator(self, resource_id: int) -> tuple[str, int]:
        """``(agent kind, id)`` of the seeded resource's creator."""
        kinds = ("agent_person", "agent_corporate_entity", "agent_family")
        kind = kinds[(resource_id - 1) % 3]
        return kind, (resource_id - 1) // 3 % FIXED_COUNTS[kind] + 1

    def resource_title(self, resource_id: int) -> str:
        """``Ada Hale papers``, ``Northfield Historical Society records``, ``Hale family papers``."""
        kind, agent_id = self.resource_creator(resource_id)
        if kind == "agent_person":
            given, surname, _, _ = self.person_name(agent_id)
            return f"{given} {surname} papers"
        if kind == "agent_corporate_entity":
            return f"{self.corporate_name(agent_id)} records"
        return f"{self.family_name(agent_id)} papers"

    def box_of(self, ao_id: int) -> tuple[int, int]:
        """``(top container id, folder number)`` of a seeded archival object."""
        box, folder = divmod(ao_id - 1, AOS_PER_BOX)
        return box + 1, folder + 1

    def digital_object_of(self, ao_id: int) -> int | None:
        """The seeded digital object linked to archival object ``ao_id``, if any."""
        do_id, rest = divmod(ao_id, self.do_stride)
        return do_id if rest == 0 and 1 <= do_id <= len(self.seeded("digital_object")) else None

    def archival_object_of(self, do_id: int) -> int | None:
        """The seeded archival object a seeded digital object is an instance of, if any."""
        ao_id = do_id * self.do_stride
        return ao_id if ao_id <= self.layout.total else None

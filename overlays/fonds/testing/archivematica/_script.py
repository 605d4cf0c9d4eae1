"""What a test scripts for a unit: fail in a named microservice, wait at a decision, reject, go to backlog."""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable

import attrs

from ._workflow import ALL_STEPS, DECISIONS, Step

Rule = Callable[[str], bool]


@attrs.frozen
class Outcome:
    """How the units of one transfer (and the SIP made from it) end. Empty means: straight through to an AIP."""

    fail_at: str | None = None
    await_decision: tuple[str, ...] = ()
    reject_at: str | None = None
    backlog: bool = False

    def fails(self, step: Step) -> bool:
        """Whether ``step`` fails (a decision point fails only when named by its job name)."""
        if self.fail_at is None:
            return False
        if step.choices:
            return step.job.casefold() == self.fail_at.casefold()
        return step.named(self.fail_at)

    def awaits(self, step: Step) -> bool:
        """Whether the unit stops at decision ``step`` for a person (or a test) to decide."""
        return bool(step.choices) and any(step.named(name) for name in self.await_decision)

    def rejects(self, step: Step) -> bool:
        """Whether decision ``step`` is answered with its reject choice."""
        return self.reject_at is not None and bool(step.choices) and step.named(self.reject_at)


def _check(fail_at: str | None, await_decision: tuple[str, ...], reject_at: str | None) -> None:
    if fail_at is not None and not any(step.named(fail_at) for step in ALL_STEPS):
        known = sorted({step.microservice for step in ALL_STEPS})
        raise ValueError(f"no microservice or job named {fail_at!r}; microservices: {', '.join(known)}")
    decisions = sorted({step.job for step in DECISIONS})
    for name in await_decision:
        if not any(step.named(name) for step in DECISIONS):
            raise ValueError(f"{name!r} is not a decision point; decision points: {', '.join(decisions)}")
    if reject_at is not None and not any(
        step.named(reject_at) and any("reject" in c.lower() for c in step.choices) for step in DECISIONS
    ):
        raise ValueError(
            f"{reject_at!r} is not a decision point that can reject; decision points: "
            + ", ".join(sorted({s.job for s in DECISIONS if any("eject" in c for c in s.choices)}))
        )


def _glob(pattern: str) -> Rule:
    def rule(name: str) -> bool:
        return fnmatch.fnmatchcase(name, pattern)

    return rule


class Scripts:
    """Outcomes by transfer name (a glob pattern) or by rule; the latest registration that matches wins."""

    def __init__(self) -> None:
        self._rules: list[tuple[Rule, Outcome]] = []

    def add(
        self,
        match: str | Rule,
        *,
        fail_at: str | None = None,
        await_decision: str | Iterable[str] = (),
        reject_at: str | None = None,
        backlog: bool = False,
    ) -> Outcome:
        """Register an outcome for the transfers ``match`` names (validated against the workflow)."""
        awaited = (await_decision,) if isinstance(await_decision, str) else tuple(await_decision)
        _check(fail_at, awaited, reject_at)
        rule: Rule = match if callable(match) else _glob(match)
        outcome = Outcome(fail_at, awaited, reject_at, backlog)
        self._rules.append((rule, outcome))
        return outcome

    def outcome_for(self, name: str) -> Outcome:
        """The outcome scripted for a transfer named ``name``."""
        for rule, outcome in reversed(self._rules):
            if rule(name):
                return outcome
        return Outcome()

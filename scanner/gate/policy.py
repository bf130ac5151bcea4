"""The gate's policy (rules/policy.yaml, overridden by a user file): thresholds, limits, what is accepted."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from logscrub.rules import rule_file
from logscrub.scanner.gate.globs import glob_matches

POLICY_FILE = "policy.yaml"
NEVER = "none"  # a fail_at that no finding reaches
_TOP_KEYS = {"fail_at", "max_findings", "allow", "paths"}
_ALLOW_KEYS = {"test_numbers", "fiction_numbers", "inline_marker"}
_PATH_KEYS = {"glob", "fail_at", "skip"}


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class PathRule:
    glob: str
    fail_at: str | None  # None: the policy's own
    skip: bool
    source: str

    def matches(self, path: str) -> bool:
        return glob_matches(self.glob, path)


@dataclass(frozen=True)
class Policy:
    sensitivities: tuple[str, ...]
    fail_at: str
    max_findings: Mapping[str, int] = field(default_factory=dict)
    accept_test_numbers: bool = True
    accept_fiction_numbers: bool = True
    inline_marker: str = "logscrub:allow"
    paths: tuple[PathRule, ...] = ()
    sources: tuple[str, ...] = ()

    def rule_for(self, path: str) -> PathRule | None:
        """The last path rule matching `path` (relative, with `/`), as in gitignore."""
        return next((rule for rule in reversed(self.paths) if rule.matches(path)), None)

    def threshold_for(self, path: str) -> str:
        rule = self.rule_for(path)
        return rule.fail_at if rule is not None and rule.fail_at is not None else self.fail_at

    def fails(self, sensitivity: str, threshold: str) -> bool:
        if threshold == NEVER:
            return False
        return self.sensitivities.index(sensitivity) >= self.sensitivities.index(threshold)

    def skips(self, path: str) -> bool:
        rule = self.rule_for(path)
        return rule is not None and rule.skip


def load_policy(sensitivities: Sequence[str], user_file: Path | None = None) -> Policy:
    """The shipped default policy, with the keys of `user_file` (if any) laid over it."""
    default_source = f"logscrub/rules/{POLICY_FILE}"
    settings = _parse(rule_file(POLICY_FILE).read_text(encoding="utf-8"), default_source)
    sources = [default_source]
    paths = _path_rules(settings.get("paths"), default_source, sensitivities)
    if user_file is not None:
        try:
            text = user_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(
                f"{user_file}: cannot read the policy: {getattr(exc, 'strerror', None) or exc}"
            ) from None
        user = _parse(text, str(user_file))
        settings = {**settings, **{k: v for k, v in user.items() if k != "paths"}}
        paths += _path_rules(user.get("paths"), str(user_file), sensitivities)
        sources.append(str(user_file))
    return _policy(settings, tuple(paths), tuple(sources), tuple(sensitivities))


def relative_path(display: str) -> str:
    """A report path as policies and baselines match it: relative to the current folder, with `/`.

    An archive member (`bundle.zip!logs/a.log`) is matched by its archive's path and the member path.
    """
    outer, bang, member = display.partition("!")
    if os.path.isabs(outer):
        relative = os.path.relpath(outer)
        outer = outer if relative.startswith("..") else relative
    return outer.replace(os.sep, "/") + bang + member


def _parse(text: str, source: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark is not None else source
        raise PolicyError(f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    data = {} if data is None else data
    if not isinstance(data, dict):
        raise PolicyError(f"{source}: a policy is a mapping of settings")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise PolicyError(
            f"{source}: unknown setting {sorted(unknown)[0]!r} (known: {', '.join(sorted(_TOP_KEYS))})"
        )
    return data


def _policy(
    settings: Mapping[str, Any],
    paths: tuple[PathRule, ...],
    sources: tuple[str, ...],
    sensitivities: tuple[str, ...],
) -> Policy:
    where = sources[-1]
    fail_at = _threshold(settings.get("fail_at", "high"), where, sensitivities)
    limits = settings.get("max_findings") or {}
    if not isinstance(limits, dict) or not all(isinstance(v, int) and v >= 0 for v in limits.values()):
        raise PolicyError(f"{where}: max_findings maps categories to counts (0 or more)")
    allow = settings.get("allow") or {}
    if not isinstance(allow, dict) or set(allow) - _ALLOW_KEYS:
        raise PolicyError(f"{where}: allow takes {', '.join(sorted(_ALLOW_KEYS))}")
    return Policy(
        sensitivities=sensitivities,
        fail_at=fail_at,
        max_findings={str(k): v for k, v in limits.items()},
        accept_test_numbers=bool(allow.get("test_numbers", True)),
        accept_fiction_numbers=bool(allow.get("fiction_numbers", True)),
        inline_marker=str(allow.get("inline_marker", "logscrub:allow")),
        paths=paths,
        sources=sources,
    )


def _path_rules(rules: Any, source: str, sensitivities: Sequence[str]) -> list[PathRule]:
    if rules is None:
        return []
    if not isinstance(rules, list):
        raise PolicyError(f"{source}: paths is a list of rules")
    parsed = []
    for number, rule in enumerate(rules, 1):
        if not isinstance(rule, dict) or "glob" not in rule or set(rule) - _PATH_KEYS:
            raise PolicyError(f"{source}: paths rule {number}: takes glob, and fail_at or skip")
        fail_at = rule.get("fail_at")
        threshold = (
            None if fail_at is None else _threshold(fail_at, f"{source}: paths rule {number}", sensitivities)
        )
        parsed.append(PathRule(str(rule["glob"]), threshold, bool(rule.get("skip", False)), source))
    return parsed


def _threshold(value: Any, where: str, sensitivities: Sequence[str]) -> str:
    text = str(value)
    if text != NEVER and text not in sensitivities:
        raise PolicyError(f"{where}: fail_at {text!r} is none of {', '.join([*sensitivities, NEVER])}")
    return text

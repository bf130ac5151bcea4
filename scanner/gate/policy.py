"""The gate's policy (rules/policy.yaml, overridden by a user file): thresholds, limits, what is accepted."""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from logscrub.rules import rule_file
from logscrub.scanner.globs import glob_matches
from logscrub.scanner.located import ConfigError, Located, check_keys, located_yaml

# The shipped policies: `ci` for repositories and build artifacts, `share` for tickets and bundles
# before they leave the company (where a customer's name or number alone is too much).
PROFILES = {"ci": "policy.yaml", "share": "policy_share.yaml"}
DEFAULT_PROFILE = "ci"
NEVER = "none"  # a fail_at that no finding reaches
_TOP_KEYS = ("fail_at", "max_findings", "allow", "paths")
_ALLOW_KEYS = ("test_numbers", "fiction_numbers", "inline_marker")
_PATH_KEYS = ("glob", "fail_at", "skip")


class PolicyError(ConfigError):
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


def load_policy(
    sensitivities: Sequence[str],
    categories: Collection[str],
    user_file: Path | None = None,
    profile: str = DEFAULT_PROFILE,
) -> Policy:
    """The shipped policy of `profile`, with the keys of `user_file` (if any) laid over it."""
    if profile not in PROFILES:
        raise PolicyError(f"unknown profile {profile!r} (known: {', '.join(PROFILES)})")
    shipped = PROFILES[profile]
    default_source = f"logscrub/rules/{shipped}"
    read = _Reader(sensitivities, categories)
    settings = read.settings(rule_file(shipped).read_text(encoding="utf-8"), default_source)
    sources = [default_source]
    paths = read.path_rules(settings.get("paths"))
    if user_file is not None:
        try:
            text = user_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(
                f"{user_file}: cannot read the policy: {getattr(exc, 'strerror', None) or exc}"
            ) from None
        user = read.settings(text, str(user_file))
        settings = {**settings, **{k: v for k, v in user.items() if k != "paths"}}
        paths += read.path_rules(user.get("paths"))
        sources.append(str(user_file))
    return read.policy(settings, tuple(paths), tuple(sources))


def relative_path(display: str) -> str:
    """A report path as policies and baselines match it: relative to the current folder, with `/`.

    An archive member (`bundle.zip!logs/a.log`) is matched by its archive's path and the member path.
    """
    outer, bang, member = display.partition("!")
    if os.path.isabs(outer):
        relative = os.path.relpath(outer)
        outer = outer if relative.startswith("..") else relative
    return outer.replace(os.sep, "/") + bang + member


@dataclass(frozen=True)
class _Reader:
    """Reads policy files strictly: every key, category and threshold must be one that is used."""

    sensitivities: Sequence[str]
    categories: Collection[str]

    def settings(self, text: str, source: str) -> dict[str, Located]:
        try:
            tree = located_yaml(text, source)
        except ConfigError as exc:
            raise PolicyError(str(exc)) from None
        if tree.value == {} or tree.value is None:
            return {}
        if not isinstance(tree.value, dict):
            raise PolicyError(f"{tree.where}: a policy is a mapping of settings")
        self._check_keys(tree.value, _TOP_KEYS)
        return dict(tree.value)

    def policy(
        self, settings: Mapping[str, Located], paths: tuple[PathRule, ...], sources: tuple[str, ...]
    ) -> Policy:
        fail_at = settings.get("fail_at")
        allow = self._allow(settings.get("allow"))
        return Policy(
            sensitivities=tuple(self.sensitivities),
            fail_at="high" if fail_at is None else self._threshold(fail_at),
            max_findings=self._limits(settings.get("max_findings")),
            accept_test_numbers=allow.get("test_numbers", True) is True,
            accept_fiction_numbers=allow.get("fiction_numbers", True) is True,
            inline_marker=str(allow.get("inline_marker", "logscrub:allow")),
            paths=paths,
            sources=sources,
        )

    def path_rules(self, rules: Located | None) -> list[PathRule]:
        if rules is None or rules.value is None:
            return []
        if not isinstance(rules.value, list):
            raise PolicyError(f"{rules.where}: paths is a list of rules")
        parsed = []
        for rule in rules.value:
            if not isinstance(rule.value, dict) or "glob" not in rule.value:
                raise PolicyError(f"{rule.where}: a paths rule takes glob, and fail_at or skip")
            self._check_keys(rule.value, _PATH_KEYS)
            fail_at = rule.value.get("fail_at")
            skip = rule.value.get("skip")
            parsed.append(
                PathRule(
                    str(rule.value["glob"].value),
                    None if fail_at is None else self._threshold(fail_at),
                    skip is not None and self._boolean(skip, "skip"),
                    rule.where.rpartition(":")[0],
                )
            )
        return parsed

    def _limits(self, node: Located | None) -> dict[str, int]:
        if node is None or node.value is None:
            return {}
        if not isinstance(node.value, dict):
            raise PolicyError(f"{node.where}: max_findings maps categories to counts (0 or more)")
        self._check_keys(node.value, sorted(self.categories), what="category")
        limits = {}
        for category, count in node.value.items():
            if not isinstance(count.value, int) or isinstance(count.value, bool) or count.value < 0:
                raise PolicyError(f"{count.where}: max_findings {category}: a count, 0 or more")
            limits[category] = count.value
        return limits

    def _allow(self, node: Located | None) -> dict[str, Any]:
        if node is None or node.value is None:
            return {}
        if not isinstance(node.value, dict):
            raise PolicyError(f"{node.where}: allow takes {', '.join(sorted(_ALLOW_KEYS))}")
        self._check_keys(node.value, sorted(_ALLOW_KEYS))
        allow: dict[str, Any] = {}
        for key, value in node.value.items():
            allow[key] = str(value.value) if key == "inline_marker" else self._boolean(value, f"allow {key}")
        return allow

    def _threshold(self, node: Located) -> str:
        text = str(node.value)
        if text != NEVER and text not in self.sensitivities:
            known = ", ".join([*self.sensitivities, NEVER])
            raise PolicyError(f"{node.where}: fail_at {text!r} is none of {known}")
        return text

    @staticmethod
    def _boolean(node: Located, what: str) -> bool:
        if not isinstance(node.value, bool):
            raise PolicyError(f"{node.where}: {what} is true or false")
        return node.value

    @staticmethod
    def _check_keys(fields: Mapping[str, Located], known: Collection[str], what: str = "setting") -> None:
        try:
            check_keys(fields, known, what)
        except ConfigError as exc:
            raise PolicyError(str(exc)) from None

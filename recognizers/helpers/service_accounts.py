"""Accounts that belong to systems and roles, not persons (rules/service_accounts.yaml), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from logscrub.rules import rule_lists

SERVICE_ACCOUNTS_FILE = "service_accounts.yaml"
_SECTIONS = ("accounts", "role_words", "builtin_domains")


@dataclass(frozen=True)
class ServiceAccounts:
    """The lists of rules/service_accounts.yaml, lower-cased."""

    accounts: frozenset[str]
    role_words: frozenset[str]
    builtin_domains: frozenset[str]

    def is_service_account(self, name: str) -> bool:
        """Whether `name` is a system, service or role account ("root", "Administrator", "nagios1")."""
        lowered = name.lower()
        return lowered in self.accounts or lowered.rstrip("0123456789") in self.accounts

    def is_role_word(self, word: str) -> bool:
        """Whether `word`, a part of a dotted address, names a role or a service rather than a person."""
        return self.is_service_account(word) or word.lower() in self.role_words


@lru_cache(maxsize=1)
def service_accounts() -> ServiceAccounts:
    read = rule_lists(SERVICE_ACCOUNTS_FILE, _SECTIONS)
    lists = {key: frozenset(entry.lower() for entry in entries) for key, entries in read.items()}
    return ServiceAccounts(lists["accounts"], lists["role_words"], lists["builtin_domains"])

"""rules/service_accounts.yaml: accounts, role words and built-in domains that name no person."""

from __future__ import annotations

import pytest

from logscrub.recognizers.helpers.service_accounts import service_accounts


@pytest.mark.parametrize(
    ("name", "is_service"),
    [
        ("root", True),
        ("ROOT", True),
        ("Administrator", True),
        ("kamailio", True),
        ("asterisk", True),
        ("www-data", True),
        ("nagios1", True),  # digits at the end do not make a person
        ("test9", True),
        ("Default User", True),
        ("anna", False),
        ("anna.svensson", False),
        ("rooted", False),
    ],
)
def test_service_accounts(name: str, is_service: bool) -> None:
    assert service_accounts().is_service_account(name) is is_service


def test_role_words_include_the_accounts() -> None:
    accounts = service_accounts()
    assert (
        accounts.is_role_word("team") and accounts.is_role_word("support") and accounts.is_role_word("Root")
    )
    assert not accounts.is_role_word("svensson")


def test_builtin_domains_are_lower_case() -> None:
    domains = service_accounts().builtin_domains
    assert {"nt authority", "builtin", "hklm"} <= domains
    assert all(domain == domain.lower() for domain in domains)

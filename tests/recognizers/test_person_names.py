"""What reads as a person's name, and which user parts of addresses are made of names."""

from __future__ import annotations

import pytest

from logscrub.recognizers.helpers.person_names import (
    leading_name_end,
    looks_like_person_name,
    user_part_reveals_person,
)


@pytest.mark.parametrize(
    ("value", "is_name"),
    [
        ("Anna", True),
        ("Anna Svensson", True),
        ("Åsa Öberg", True),
        ("Karl-Åke Lindström", True),
        ("Jürgen Groß", True),
        ("Renée Lefèvre", True),
        ("Seán O'Brien", True),
        ("Ludwig van der Berg", True),
        ("J. Smith", True),
        ("Svensson, Anna", True),
        ("ANNA SVENSSON", True),  # a CRM export in capitals
        ("SVENSSON, ANNA", True),  # ... and surname first
        ("Svensson, ANNA", False),  # one upper-case word beside a name is a constant
        ("Mary Ann McDonald", True),
        ("Anna Maria Eva Svensson", True),
        ("Anna Maria Eva Lisa Svensson", False),  # five names: a sentence
        ("anna svensson", False),  # not capitalised
        ("FILTER", False),  # one upper-case word is a constant
        ("MediationServer", False),  # camel case
        ("Anna2", False),
        ("Support Team", False),
        ("Exempel AB", False),
        # a team or role written as one compound (a German support mailbox's display name)
        ("Kundenservice", False),
        ("IT-Helpdesk", False),
        ("Supportteam", False),
        ("Kundtjänst", False),
        ("Jan Deskström", True),  # a role word inside a name is no ending
        ("Unknown", False),
        ("N/A", False),
        ("J.", False),  # an initial alone
        ("van", False),
        ("Anna, Bo, Carl", False),
        ("", False),
    ],
)
def test_looks_like_person_name(value: str, is_name: bool) -> None:
    assert looks_like_person_name(value) is is_name


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Anna Svensson email", "Anna Svensson"),
        ("Anna Svensson.", "Anna Svensson"),
        ("Karl von Lindström ringde", "Karl von Lindström"),
        ("Karl von", "Karl"),
        ("Anna Maria Eva Lisa Svensson", "Anna Maria Eva Lisa"),
        ("Exempelbolaget AB", ""),  # the company form shows whose the words are
        ("email Anna", ""),
    ],
)
def test_leading_name_end(run: str, name: str) -> None:
    assert run[: leading_name_end(run, 0, len(run))] == name


@pytest.mark.parametrize(
    ("user", "reveals"),
    [
        ("anna.svensson", True),
        ("a.svensson", True),
        ("karl-ake.lindstrom", True),
        ("jorg_muller", True),
        ("anna.maria.svensson", True),
        ("anna", False),
        ("anna.s", False),
        ("support.team", False),
        ("noc.alerts", False),
        ("user.ss", False),
        ("admin.svensson", False),
        ("anna.svensson2", False),
        ("1002", False),
        ("+46701740612", False),
    ],
)
def test_user_part_reveals_person(user: str, reveals: bool) -> None:
    assert user_part_reveals_person(user) is reveals

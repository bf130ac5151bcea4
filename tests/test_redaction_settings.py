"""Redaction settings: the `redaction:` section in YAML, --redaction FILE, and the options on top of it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from logscrub.scanner.cli.main import main
from logscrub.scanner.redaction.pseudonyms import PSEUDONYM_KEY_ENV
from logscrub.scanner.redaction.settings import (
    RedactionSettings,
    RedactionSettingsError,
    redaction_settings_from_mapping,
    with_command_line,
)
from logscrub.scanner.redaction.style import KeepOptions

TEXT = "ring 070-174 06 12, mail anna@example.se, from 10.20.0.14\n"


@pytest.fixture(autouse=True)
def _no_pseudonym_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PSEUDONYM_KEY_ENV, raising=False)


def test_a_section_with_every_setting() -> None:
    settings = redaction_settings_from_mapping(
        {
            "default": "pseudonym",
            "entities": {"PHONE_NUMBER": "mask", "IP_ADDRESS": "token"},
            "keep_domain": True,
            "keep_ip_scope": True,
        }
    )
    assert settings == RedactionSettings(
        "pseudonym",
        {"PHONE_NUMBER": "mask", "IP_ADDRESS": "token"},
        KeepOptions(domain=True, country_code=False, ip_scope=True),
    )
    assert redaction_settings_from_mapping({}) == RedactionSettings()


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"default": "blur"}, "redaction.default: 'blur' is not a style (hash, mask, pseudonym, token)"),
        ({"entities": {"PHONE_NUMBER": "blur"}}, "redaction.entities.PHONE_NUMBER: 'blur' is not a style"),
        ({"entities": {"phone number": "mask"}}, "redaction.entities: 'phone number' is not an entity name"),
        ({"entities": ["PHONE_NUMBER"]}, "redaction.entities: expected a mapping"),
        ({"keep_domain": "yes"}, "redaction.keep_domain: expected true or false"),
        ({"keep_domains": True}, "redaction: unknown setting keep_domains"),
        ({"key": "secret"}, "redaction: unknown setting key"),  # keys never come from files
        (["token"], "redaction: expected a mapping, got list"),
    ],
)
def test_a_bad_section_says_what_is_wrong(section: Any, message: str) -> None:
    with pytest.raises(RedactionSettingsError, match="^" + re.escape(message)):
        redaction_settings_from_mapping(section)


def test_options_apply_on_top(monkeypatch: pytest.MonkeyPatch) -> None:
    base = RedactionSettings("pseudonym", {"PHONE_NUMBER": "mask"}, KeepOptions(domain=True))
    settings = with_command_line(
        base, style="hash", keep_domain=False, keep_country_code=True, keep_ip_scope=False, key=None
    )
    assert settings == RedactionSettings(
        "hash", {"PHONE_NUMBER": "mask"}, KeepOptions(domain=True, country_code=True), None
    )
    monkeypatch.setenv(PSEUDONYM_KEY_ENV, "from-env")
    options = {"style": None, "keep_domain": False, "keep_country_code": False, "keep_ip_scope": False}
    assert with_command_line(base, key=None, **options).pseudonym_key == b"from-env"
    assert with_command_line(base, key="given", **options).pseudonym_key == b"given"
    with pytest.raises(RedactionSettingsError, match="the pseudonym key is empty"):
        with_command_line(base, key="", **options)


def test_styles_per_entity_from_a_file(tmp_path: Path) -> None:
    source = tmp_path / "in.log"
    source.write_text(TEXT, encoding="utf-8")
    settings = tmp_path / "redaction.yaml"
    settings.write_text(
        "redaction:\n  default: pseudonym\n  entities:\n    PHONE_NUMBER: mask\n  keep_domain: true\n",
        encoding="utf-8",
    )
    assert main(["redact", str(source), "--out", str(tmp_path / "o1"), "--redaction", str(settings)]) == 0
    assert (tmp_path / "o1" / "in.log").read_text(encoding="utf-8") == (
        "ring 070-XXX XX XX, mail <EMAIL_ADDRESS_1>@example.se, from <IP_ADDRESS_1>\n"
    )
    # --style replaces the default; the entity's own style and the file's keep options stay.
    arguments = ["--redaction", str(settings), "--style", "token", "--keep-ip-scope"]
    assert main(["redact", str(source), "--out", str(tmp_path / "o2"), *arguments]) == 0
    assert (tmp_path / "o2" / "in.log").read_text(encoding="utf-8") == (
        "ring 070-XXX XX XX, mail <EMAIL_ADDRESS>@example.se, from <IP_ADDRESS private>\n"
    )


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "no such file or directory"),
        ("redaction: [unclosed\n", "not valid YAML (ParserError)"),
        ("rules: []\n", "no `redaction:` section"),
        ("redaction:\n  default: blur\n", "redaction.default: 'blur' is not a style"),
    ],
)
def test_a_bad_redaction_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, reason: str
) -> None:
    source = tmp_path / "in.log"
    source.write_text(TEXT, encoding="utf-8")
    settings = tmp_path / "redaction.yaml"
    if content is not None:
        settings.write_text(content, encoding="utf-8")
    assert main(["redact", str(source), "--out", str(tmp_path / "out"), "--redaction", str(settings)]) == 2
    assert f"logscrub redact: error: --redaction {settings}: {reason}" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_help_explains_the_redaction_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "1000")  # no option name broken at its hyphen
    with pytest.raises(SystemExit) as exited:
        main(["redact", "--help"])
    assert exited.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    for option in (
        "--style",
        "--keep-domain",
        "--keep-country-code",
        "--keep-ip-scope",
        "--key",
        "--redaction",
    ):
        assert f"Example: {option}" in help_text
    for style in ("token", "pseudonym", "mask", "hash"):
        assert f"{style}:" in help_text
    assert PSEUDONYM_KEY_ENV in help_text

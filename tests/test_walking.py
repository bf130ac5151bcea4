"""Walking folders: name order, .logscrubignore files and --exclude (gitignore syntax), symbolic links
(not followed unless asked, never in a loop), special files, and standard input."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path, PurePath

import pytest

from logscrub.scanner.cli.main import main
from logscrub.scanner.records.documents import Document
from logscrub.scanner.sources.paths import BROKEN_LINK, LINK_LOOP, NOT_FOLLOWED, NOT_REGULAR, expand_paths

PHONE_LINE = "call 070-174 06 12\n"


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _walked(*arguments: str | Path, **options: object) -> dict[str, Document]:
    documents = expand_paths([str(a) for a in arguments], **options)  # type: ignore[arg-type]
    return {d.relative.as_posix(): d for d in documents}


def _read(documents: dict[str, Document]) -> list[str]:
    return [name for name, d in documents.items() if d.problem is None and d.skipped is None]


def test_folders_are_walked_recursively_in_name_order(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in", {"b.log": "", "a/z.log": "", "a/y/x.log": "", "c.txt": ""})
    documents = _walked(root)
    assert list(documents) == ["a/y/x.log", "a/z.log", "b.log", "c.txt"]
    assert documents["a/z.log"].display == str(root / "a" / "z.log")
    assert documents["a/z.log"].path == root / "a" / "z.log"


IGNORE_CASES = [
    # (.logscrubignore lines, files, read, skipped with the deciding pattern)
    (["*.pcap"], ["a.log", "b.pcap", "sub/c.pcap"], ["a.log"], {"b.pcap": "*.pcap", "sub/c.pcap": "*.pcap"}),
    (["*.log", "!keep.log"], ["keep.log", "drop.log"], ["keep.log"], {"drop.log": "*.log"}),
    (["/top.log"], ["top.log", "sub/top.log"], ["sub/top.log"], {"top.log": "/top.log"}),
    (
        ["cache/"],
        ["cache/a.log", "x/cache/b.log", "cache.log"],
        ["cache.log"],
        {"cache": "cache/", "x/cache": "cache/"},
    ),
    (
        ["**/tmp/*.log"],
        ["a/tmp/x.log", "tmp/y.log", "a/tmp/x.txt"],
        ["a/tmp/x.txt"],
        {"a/tmp/x.log": "**/tmp/*.log", "tmp/y.log": "**/tmp/*.log"},
    ),
    (
        ["# a comment", "", r"\#hash.log", "spaced.log   "],
        ["#hash.log", "spaced.log", "x.log"],
        ["x.log"],
        {"#hash.log": r"\#hash.log", "spaced.log": "spaced.log"},
    ),
]


@pytest.mark.parametrize(("lines", "files", "read", "skipped"), IGNORE_CASES)
def test_logscrubignore_uses_gitignore_syntax(
    tmp_path: Path, lines: list[str], files: list[str], read: list[str], skipped: dict[str, str]
) -> None:
    root = _tree(tmp_path / "in", {name: PHONE_LINE for name in files})
    (root / ".logscrubignore").write_text("\n".join(lines) + "\n")
    documents = _walked(root)
    assert sorted(_read(documents)) == sorted([*read, ".logscrubignore"])
    reasons = {name: d.skipped for name, d in documents.items() if d.skipped}
    assert reasons == {name: f"ignored by .logscrubignore ({pattern})" for name, pattern in skipped.items()}


def test_a_deeper_ignore_file_overrides_and_an_ignored_folder_is_not_entered(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in", {"a.tmp": "", "sub/b.tmp": "", "sub/c.log": "", "gone/d.log": ""})
    (root / ".logscrubignore").write_text("*.tmp\ngone/\n")
    (root / "sub" / ".logscrubignore").write_text("!b.tmp\nc.log\n")
    documents = _walked(root)
    assert sorted(_read(documents)) == [".logscrubignore", "sub/.logscrubignore", "sub/b.tmp"]
    assert documents["sub/c.log"].skipped == "ignored by sub/.logscrubignore (c.log)"
    assert documents["gone"].skipped == "ignored by .logscrubignore (gone/)"
    assert "gone/d.log" not in documents


def test_exclude_patterns_win_over_ignore_files_and_apply_below_the_folder_given(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in", {"a/keep.log": "", "a/core.1": "", "b.pcap": "", "a/x.pcap": ""})
    (root / ".logscrubignore").write_text("!*.pcap\n")
    documents = _walked(root, patterns=["*.pcap", "/a/core.*"])
    assert sorted(_read(documents)) == [".logscrubignore", "a/keep.log"]
    assert documents["b.pcap"].skipped == "excluded by --exclude *.pcap"
    assert documents["a/core.1"].skipped == "excluded by --exclude /a/core.*"


def test_a_file_named_on_the_command_line_is_read_even_if_a_pattern_matches(tmp_path: Path) -> None:
    log = _tree(tmp_path, {"x.pcap": PHONE_LINE}) / "x.pcap"
    (document,) = expand_paths([str(log)], patterns=["*.pcap"])
    assert (document.skipped, document.problem, document.relative) == (None, None, PurePath("x.pcap"))


def test_symbolic_links_are_reported_not_followed_by_default(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in", {"real/a.log": PHONE_LINE})
    outside = _tree(tmp_path / "outside", {"b.log": PHONE_LINE})
    (root / "to-file.log").symlink_to(root / "real" / "a.log")
    (root / "to-folder").symlink_to(outside, target_is_directory=True)
    (root / "dangling").symlink_to(tmp_path / "nowhere")
    documents = _walked(root)
    assert _read(documents) == ["real/a.log"]
    assert {n: d.skipped for n, d in documents.items() if d.skipped} == {
        "dangling": NOT_FOLLOWED,
        "to-file.log": NOT_FOLLOWED,
        "to-folder": NOT_FOLLOWED,
    }


def test_followed_links_are_read_and_loops_are_reported_once(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in", {"real/a.log": PHONE_LINE, "real/deep/b.log": PHONE_LINE})
    (root / "real" / "deep" / "up").symlink_to(root, target_is_directory=True)  # a loop to the root
    (root / "real" / "again").symlink_to(root / "real", target_is_directory=True)  # a loop to a parent
    (root / "self").symlink_to(root / "self")  # a link to itself: the kernel says ELOOP
    (root / "alias.log").symlink_to(root / "real" / "a.log")
    (root / "dangling").symlink_to(tmp_path / "nowhere")
    documents = _walked(root, follow_symlinks=True)
    assert sorted(_read(documents)) == ["alias.log", "real/a.log", "real/deep/b.log"]
    assert {n: d.skipped for n, d in documents.items() if d.skipped} == {
        "real/again": LINK_LOOP,
        "real/deep/up": LINK_LOOP,
        "self": LINK_LOOP,
        "dangling": BROKEN_LINK,
    }


def test_a_link_named_on_the_command_line_is_followed(tmp_path: Path) -> None:
    folder = _tree(tmp_path / "real", {"a.log": PHONE_LINE})
    (tmp_path / "link").symlink_to(folder, target_is_directory=True)
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    assert _read(_walked(tmp_path / "link")) == ["a.log"]
    (document,) = expand_paths([str(tmp_path / "loop")])
    assert document.problem == LINK_LOOP


def test_special_files_in_a_folder_are_skipped_without_blocking(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in", {"a.log": PHONE_LINE})
    os.mkfifo(root / "pipe")
    documents = _walked(root)
    assert documents["pipe"].skipped == NOT_REGULAR
    assert _read(documents) == ["a.log"]


def test_the_output_folder_inside_the_input_is_left_out(tmp_path: Path) -> None:
    root = _tree(tmp_path / "in", {"a.log": PHONE_LINE, "out/old.log": PHONE_LINE})
    assert _read(_walked(root, exclude=[root / "out"])) == ["a.log"]


def test_cli_reports_ignored_and_excluded_paths_and_redacts_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _tree(tmp_path / "in", {"a.log": PHONE_LINE, "b.tmp": PHONE_LINE, "c.pcap": "x\n"})
    (root / ".logscrubignore").write_text("*.tmp\n")
    out = tmp_path / "out"
    assert main(["redact", str(root), "--out", str(out), "--exclude", "*.pcap", "-j", "1"]) == 0
    err = capsys.readouterr().err
    assert f"logscrub: skipped: {root / 'b.tmp'}: ignored by .logscrubignore (*.tmp)" in err
    assert f"logscrub: skipped: {root / 'c.pcap'}: excluded by --exclude *.pcap" in err
    assert sorted(p.name for p in out.iterdir()) == [".logscrubignore", "a.log"]
    assert (out / "a.log").read_text() == "call <PHONE_NUMBER>\n"


def test_cli_follows_links_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _tree(tmp_path / "in", {"real.log": PHONE_LINE})
    (root / "sub").mkdir()
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)
    (root / "alias.log").symlink_to(root / "real.log")
    assert main(["scan", str(root), "--format", "json", "-j", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    statuses = {Path(f["path"]).relative_to(root).as_posix(): f["status"] for f in report["files"]}
    assert statuses == {"alias.log": "skipped", "real.log": "scanned", "sub/back": "skipped"}
    assert main(["scan", str(root), "--format", "json", "-j", "1", "--follow-symlinks"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    statuses = {Path(f["path"]).relative_to(root).as_posix(): f["status"] for f in report["files"]}
    assert statuses == {"alias.log": "scanned", "real.log": "scanned", "sub/back": "skipped"}
    assert f"logscrub: skipped: {root / 'sub' / 'back'}: symbolic link loop" in captured.err


def _zip_bytes(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "path", "entity"),
    [
        (gzip.compress(b"mail anna@example.se\n"), "-", "EMAIL_ADDRESS"),
        (_zip_bytes({"logs/a.log": "call +46 70 174 06 12\n"}), "-!logs/a.log", "PHONE_NUMBER"),
    ],
    ids=["gzip", "zip"],
)
def test_standard_input_may_be_compressed_or_an_archive(
    data: bytes, path: str, entity: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["scan", "-", "--format", "json", "-j", "1"]) == 0
    report = json.loads(capsys.readouterr().out)
    scanned = [f for f in report["files"] if f["findings"]]
    assert [(f["path"], f["findings"][0]["entity"]) for f in scanned] == [(path, entity)]


def test_standard_input_of_a_real_process(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "logscrub.scanner", "redact", "-", "--out", str(tmp_path), "-j", "1"],
        input=b"ring 070-174 06 12\r\n",
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert (tmp_path / "stdin").read_bytes() == b"ring <PHONE_NUMBER>\r\n"

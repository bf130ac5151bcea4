"""Installed, the repository's folders form one import package, `logscrub`, with its data inside."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from helpers import REPO


def test_wheel_holds_one_package_with_its_data(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("logscrub-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top_level = {name.split("/", 1)[0] for name in names}
    assert top_level == {"logscrub", wheel.name.split("-py3")[0] + ".dist-info"}
    for data in (
        "logscrub/rules/categories.yaml",
        "logscrub/rules/se_test_identity_numbers.txt.gz",
        "logscrub/scanner/reports/report.schema.json",
        "logscrub/scanner/reports/html_report.html.j2",
        "logscrub/recognizers/generic/sip_address_recognizer.py",
    ):
        assert data in names
    assert not any(
        name.startswith(("logscrub/tests", "logscrub/fixtures", "logscrub/benchmarks")) for name in names
    )
    # every module and data file of the three folders (a subpackage missing from `packages` is not)
    shipped = [
        f"logscrub/{path.relative_to(REPO).as_posix()}"
        for folder in ("scanner", "recognizers", "rules")
        for path in (REPO / folder).rglob("*")
        if path.suffix in (".py", ".yaml", ".gz", ".json", ".service") and "__pycache__" not in path.parts
    ]
    assert sorted(set(shipped) - set(names)) == []
    # and nothing else: a module moved or removed must not ship on from a stale build/ folder
    stale = sorted(name for name in names if name.endswith(".py") and name not in shipped)
    assert stale == [], f"modules the tree does not hold (a stale build/ folder? remove it): {stale}"


def test_the_pre_commit_snippet_names_the_release_tag_of_this_version() -> None:
    """The README's `rev:` is the tag `v<version>` that marks this version's release commit."""
    import re

    import tomllib

    version = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    snippet = readme[readme.index("### pre-commit") :]
    revs = re.findall(r"^\s+rev: (\S+)", snippet, flags=re.MULTILINE)
    assert revs[:1] == [f"v{version}"]

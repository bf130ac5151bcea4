"""The gate's result as JUnit XML: one test case per file, a failure per finding above policy."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Sequence
from typing import IO

from logscrub.scanner.display_names import display_name
from logscrub.scanner.gate.decision import GateResult, Judged
from logscrub.scanner.reports.text import plural


def write_junit(result: GateResult, files: Sequence[str], stream: IO[str]) -> None:
    """`files`: every path the gate saw, in order (a passing file is a passing test case)."""
    failing: dict[str, list[Judged]] = defaultdict(list)
    for judged in result.failures:
        failing[judged.path].append(judged)
    unscanned = dict(result.unscanned)
    suite = ET.Element(
        "testsuite",
        name="logscrub gate",
        tests=str(len(files) + len(result.limits_exceeded)),
        failures=str(len(failing) + len(result.limits_exceeded)),
        errors=str(len(unscanned)),
    )
    for path in files:
        case = ET.SubElement(suite, "testcase", classname="logscrub.gate", name=display_name(path))
        if path in unscanned:
            ET.SubElement(case, "error", message=f"not scanned ({display_name(unscanned[path])})")
        elif path in failing:
            found = failing[path]
            failure = ET.SubElement(case, "failure", message=f"{plural(len(found), 'finding')} above policy")
            failure.text = "\n".join(describe(j) for j in found)
    for exceeded in result.limits_exceeded:
        case = ET.SubElement(suite, "testcase", classname="logscrub.gate.limits", name=exceeded.category)
        ET.SubElement(
            case,
            "failure",
            message=f"{plural(exceeded.count, exceeded.category + ' finding')}, limit {exceeded.limit}",
        )
    suites = ET.Element("testsuites")
    suites.append(suite)
    ET.indent(suites)
    stream.write(ET.tostring(suites, encoding="unicode", xml_declaration=True))
    stream.write("\n")


def describe(judged: Judged) -> str:
    """One line for a failing finding: where, what, and the rule. Never the value."""
    f = judged.finding
    return (
        f"{display_name(judged.path)}:{f.line}:{f.column}: {f.entity} ({f.category}, {f.sensitivity}) "
        f"at or above fail_at {judged.threshold}"
    )

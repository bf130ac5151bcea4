"""The steps of a section that a template set writes from data (its PLANS): shared by the generator
(bench_tickets.py) and the sets' modules, which hold their texts only."""

from __future__ import annotations

# A section written from data: its steps in order, each (sources taken in turn, least and most count,
# prefix, layout): "line" writes each template on a line after the prefix, "run" one line of them.
Step = tuple[tuple[str, ...], int, int, str, str]


def headed_section(
    head: str, body: str, least: int, most: int, tail: str, tail_most: int = 2, layout: str = "run"
) -> tuple[Step, ...]:
    """A heading line, `least` to `most` lines of `body`, then one to `tail_most` closing sentences of
    `tail` laid out as `layout` ("line": one a line, "run": one line of them)."""
    return (
        ((head,), 1, 1, "", "line"),
        ((body,), least, most, "", "line"),
        ((tail,), 1, tail_most, "", layout),
    )

"""Numbers that name a program's own work: thread, process, job, request and trace ids.

Runtimes print them with 15 or 16 digits (a pthread id such as 140234567890123, a job id from a
scheduler), and one in ten such numbers passes a Luhn check: without this, each would be a payment card
or an IMEI. Recognizers of numbers skip a number right after one of these labels.
"""

from __future__ import annotations

import re

# "thread 140234567890123", "[tid 1402…]", "job=4539…", "jobId: …", "pid=…", "request_id=…", "trace: …".
_LABEL_BEFORE = re.compile(
    r"(?<![^\W_])(?i:thread(?:[_\-]?id)?|tid|job(?:[_\-]?id)?|pid|request(?:[_\-]?id)?|req[_\-]?id"
    r"|trace(?:[_\-]?id)?|span[_\-]?id)(?:[ \t]*[:=#][ \t]*|[ \t]+)[\"'\[(]?\Z"
)
# A bare "id=" key names a record, never a payment card; trackers (Traccar's OsmAnd "?id=…") send the
# device's IMEI that way, so it does not rule out an IMEI.
_ID_KEY_BEFORE = re.compile(r"(?<![\w\-.])(?i:id)=[\"']?\Z")
_LABEL_REACH = 24


def after_work_identifier_label(text: str, start: int) -> bool:
    """Whether the number at `start` of `text` follows a thread, process, job, request or trace label."""
    return _LABEL_BEFORE.search(text, max(0, start - _LABEL_REACH), start) is not None


def after_id_key(text: str, start: int) -> bool:
    """Whether the number at `start` of `text` is the value of a bare ``id=`` key."""
    return _ID_KEY_BEFORE.search(text, max(0, start - 4), start) is not None

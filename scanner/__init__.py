"""logscrub's scanner: sources -> documents -> engine -> findings -> redacted copies and reports."""

from functools import cache


def __getattr__(name: str) -> str:
    # The release is looked up when first asked for: importlib.metadata costs every start 20 ms.
    if name == "__version__":
        return _installed_release()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _installed_release() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("logscrub")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"

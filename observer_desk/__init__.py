"""Observer Desk: the desktop workbench of an election observation mission's secretariat."""

APP_NAME = "Observer Desk"


def __getattr__(name: str) -> str:
    # The version is looked up when first asked for: importing importlib.metadata costs the
    # window's start a noticeable part of its time, and the window needs the version only later.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("observer-desk")
        except PackageNotFoundError:  # running from a source tree that was never installed
            found = "0.1.0"
        globals()["__version__"] = found
        return found
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

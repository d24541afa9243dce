"""Errors whose message is meant for the official at the screen or terminal.

Messages are in Indonesian and say what went wrong *and* what to do, so pages and
the CLI can show ``str(error)`` as is instead of guessing a cause.
"""


class PotensiError(Exception):
    """Base of every error the user should read (and may be able to fix)."""


class GeodataError(PotensiError):
    """Boundary data could not be fetched, verified, parsed or stored."""


class ChecksumMismatch(GeodataError):
    """A downloaded or mirrored file is not the pinned upstream file."""


class StoreMissing(PotensiError):
    """The store has not been built yet."""


class StoreBusy(PotensiError):
    """Another write holds the store; the caller may try again in a moment."""


class StoreWriteFailed(PotensiError):
    """A write could not finish (disk full, file system error); the store is as it was."""


class NotAllowed(PotensiError):
    """A write asked for by a session without the role for it (anonymous, expired, too low)."""


class SignInRefused(PotensiError):
    """Wrong name or password, a disabled account, or a lockout; nothing says which secret was wrong.

    ``locked_minutes`` is set while locked, so the page can say how long in its language.
    """

    def __init__(self, message: str, locked_minutes: int | None = None) -> None:
        super().__init__(message)
        self.locked_minutes = locked_minutes

"""One build at a time per folder: an OS lock on ``DIR/.lock`` (and :func:`file_lock`, the
same lock on any file: one loader at a time per LadybugDB store).

``fcntl.flock`` locks belong to the open file, so the kernel releases them when the process
ends however it ends (a crash or SIGKILL never leaves a folder locked). The file holds the
pid of the holder, for the message a second build gets. A forked child (a worker process)
would share the open file and so keep the lock alive after its parent's death: children
close their copy as they start.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from graphbuilder.errors import StoreError

LOCK_NAME = ".lock"

_held: set[int] = set()  # descriptors of the locks this process holds


def _close_in_child() -> None:
    for fd in list(_held):
        with suppress(OSError):
            os.close(fd)
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_close_in_child)


def _holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii").strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""


@contextmanager
def folder_lock(folder: str | Path, *, wait: bool = False) -> Iterator[None]:
    """Hold the build lock of ``folder`` for the ``with`` block; StoreError (one line) when
    another build holds it and ``wait`` is False, else wait for it."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"{folder}: cannot create the build folder ({err.strerror or err})") from None
    with file_lock(folder / LOCK_NAME, wait=wait,
                   busy=f"{folder}: another build is writing this folder",
                   hint="wait for it to finish (or pass --wait)", what="the build folder"):
        yield


@contextmanager
def file_lock(lock_file: Path, *, wait: bool, busy: str, hint: str, what: str) -> Iterator[None]:
    """Hold an OS lock on ``lock_file`` (created when missing) for the ``with`` block.

    StoreError (one line: ``busy``, the holder's pid, ``hint``) when another process holds
    it and ``wait`` is False, else wait for it; ``what`` names the thing locked in the error
    when the lock file cannot be created."""
    try:
        fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise StoreError(f"{lock_file}: cannot lock {what} ({err.strerror or err})") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreError(f"{busy}{_holder(lock_file)}; {hint}") from None
        _held.add(fd)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        yield
    finally:
        _held.discard(fd)
        os.close(fd)  # releases the lock


def is_locked(folder: str | Path) -> bool:
    """True while a build holds ``folder``'s lock."""
    path = Path(folder) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False

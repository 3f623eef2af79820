"""A LadybugDB store whose write-ahead log ends in a record a killed writer left half-written
opens, replayed up to that record, with one warning line and the log kept beside it.

LadybugDB 0.22 refuses such a store ("Checksum verification failed, the WAL file is
corrupted", or "Reading past the end of the file" when the cut falls in the record's
header): after a writer was SIGKILLed mid-write, neither a query nor a new load could open
it. The torn log is made here as the kill leaves it: real committed transactions in the log
(a writer process that exits without closing, so nothing is checkpointed), then its last
bytes cut off.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from graphbuilder.errors import StoreError
from graphbuilder.sinks.propertygraph.ladybug_store import connect

_WRITER = """
import os, sys
import ladybug as lb
db = lb.Database(sys.argv[1], auto_checkpoint=False)
c = lb.Connection(db)
c.execute("CREATE NODE TABLE Person(id INT64, PRIMARY KEY(id))")
c.execute("CHECKPOINT")
for i in range(5):
    c.execute(f"CREATE (:Person {{id: {i}}})")  # five transactions, each committed to the log
os._exit(0)  # as a killed writer: no close, no checkpoint
"""


def _store_with_log(tmp_path: Path, cut: int) -> tuple[Path, Path]:
    path = tmp_path / "graph.lbug"
    subprocess.run([sys.executable, "-c", _WRITER, str(path)], check=True)
    wal = path.with_name(path.name + ".wal")
    size = wal.stat().st_size
    with wal.open("r+b") as log:
        log.truncate(size - cut)
    return path, wal


def _people(connection: object) -> int:
    result = connection.execute("MATCH (p:Person) RETURN count(p)")  # type: ignore[attr-defined]
    return int(result.get_next()[0])


@pytest.mark.parametrize("cut", [1, 10, 40])
def test_a_torn_log_is_replayed_up_to_its_last_whole_record(
    tmp_path: Path, cut: int, capsys: pytest.CaptureFixture[str]
) -> None:
    path, wal = _store_with_log(tmp_path, cut)
    full = wal.stat().st_size
    database, connection = connect(path, read_only=True)
    assert _people(connection) == 4  # the four whole transactions; the torn fifth is gone
    connection.close()
    database.close()
    warning = capsys.readouterr().err.strip().splitlines()
    assert len(warning) == 1 and warning[0].startswith(f"warning: {path}: its write-ahead log ends")
    kept = wal.with_name(wal.name + ".torn")
    assert kept.stat().st_size == full  # the log as the writer left it

    database, connection = connect(path)  # a writer replays it for good: checkpointed, no log
    assert _people(connection) == 4
    connection.execute("CREATE (:Person {id: 9})")
    connection.close()
    database.close()
    assert not wal.exists()
    database, connection = connect(path, read_only=True)
    assert _people(connection) == 5
    database.close()
    assert capsys.readouterr().err.count("warning:") == 1  # only the first writer met the torn log


def test_a_store_that_is_no_database_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "graph.lbug"
    path.write_bytes(b"not a database" * 100)
    path.with_name(path.name + ".wal").write_bytes(b"not a log either")
    with pytest.raises(StoreError, match="cannot open the LadybugDB store"):
        connect(path)
    assert not path.with_name(path.name + ".wal.torn").exists()

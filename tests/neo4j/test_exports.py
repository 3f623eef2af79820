"""The offline exports, run on Neo4j itself, give the graph `graphbuilder load neo4j` gives.

`export cypher` writes a parameter-free script for cypher-shell; here every statement of it
runs through the driver, as cypher-shell would send it. `export neo4j-csv` writes CSV files
and import.sh; here import.sh runs as written, with NEO4J_HOME a scratch folder whose
bin/neo4j-admin is Neo4j's own admin tool (from the same Maven artifacts as the server),
and a second local server then opens the imported database.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from graphbuilder.sinks.propertygraph import local_neo4j, neo4j_writer
from graphbuilder.sinks.snapshot import read_graph


def split_statements(script: str) -> list[str]:
    """The statements of a Cypher script: split at semicolons outside quotes and comments."""
    statements: list[str] = []
    current: list[str] = []
    quote: str | None = None
    i = 0
    while i < len(script):
        c = script[i]
        if quote:
            current.append(c)
            if c == "\\" and quote != "`":
                current.append(script[i + 1])
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"`":
            quote = c
            current.append(c)
        elif script.startswith("//", i):
            end = script.find("\n", i)
            i = len(script) if end < 0 else end
            continue
        elif c == ";":
            statements.append("".join(current).strip())
            current = []
        else:
            current.append(c)
        i += 1
    rest = "".join(current).strip()
    return [s for s in [*statements, rest] if s]


def test_the_statement_splitter_keeps_semicolons_inside_strings() -> None:
    script = "// a; comment\nRETURN 'a;b' AS x;\nRETURN \"it\\\"s; \" AS y;RETURN `c;d`.e AS z;\n"
    assert split_statements(script) == ["RETURN 'a;b' AS x", 'RETURN "it\\"s; " AS y', "RETURN `c;d`.e AS z"]


def test_the_cypher_script_gives_the_loaders_graph(
    graph: Any, example_build: Path, tmp_path: Path, cli: Any
) -> None:
    neo4j_writer.write_graph(read_graph(example_build), graph.driver, database=graph.database)
    loaded = graph.fingerprint()
    graph.clear()

    script = tmp_path / "graph.cypher"
    done = cli("export", "cypher", str(example_build), str(script), "--batch-size", "50")
    assert done.returncode == 0, done.stderr
    statements = split_statements(script.read_text(encoding="utf-8"))
    assert len(statements) > 10 and statements[0].startswith("CREATE CONSTRAINT")
    with graph.driver.session(database=graph.database) as session:
        for statement in statements:
            session.run(statement).consume()  # type: ignore[arg-type]
    assert graph.fingerprint() == loaded

    with graph.driver.session(database=graph.database) as session:  # a second run changes nothing
        for statement in statements:
            session.run(statement).consume()  # type: ignore[arg-type]
    assert graph.fingerprint() == loaded


def test_the_csv_files_import_with_neo4j_admin(
    graph: Any, example_build: Path, tmp_path: Path, cli: Any, graph_fingerprint: Any
) -> None:
    if not local_neo4j.is_built():
        pytest.skip("neo4j-admin comes with the local Neo4j: run `make neo4j-setup`")
    neo4j_writer.write_graph(read_graph(example_build), graph.driver, database=graph.database)
    loaded_counts = graph.counts()
    loaded = graph_fingerprint(graph.query, empty_lists=False)

    out = tmp_path / "csv"
    done = cli("export", "neo4j-csv", str(example_build), str(out))
    assert done.returncode == 0, done.stderr
    home = local_neo4j.neo4j_admin_home(tmp_path / "neo4j-home")
    imported = subprocess.run(
        ["sh", str(out / "import.sh"), "neo4j"],
        capture_output=True,
        text=True,
        env={**os.environ, "NEO4J_HOME": str(home)},
        timeout=600,
    )
    assert imported.returncode == 0, imported.stdout[-3000:] + imported.stderr[-3000:]
    assert "IMPORT DONE" in imported.stdout
    assert (home / "data" / "databases" / "neo4j").is_dir()

    artifacts = Path(__file__).resolve().parents[2] / "build" / "test-artifacts"
    with local_neo4j.start(copy_from=home, log=artifacts / "neo4j-import-server.log") as server:
        import neo4j

        with neo4j.GraphDatabase.driver(server.bolt_uri, auth=server.auth) as driver:

            def query(text: str) -> list[dict[str, Any]]:
                return [dict(r) for r in driver.execute_query(text).records]

            nodes = query("MATCH (n) RETURN count(n) AS n")[0]["n"]
            rels = query("MATCH ()-[r]->() RETURN count(r) AS n")[0]["n"]
            assert (nodes, rels) == loaded_counts
            imported = graph_fingerprint(query, empty_lists=False)
            for kind, mine, theirs in zip(("nodes", "relationships"), loaded, imported, strict=True):
                missing, extra = list((mine - theirs).elements()), list((theirs - mine).elements())
                assert not missing and not extra, f"{kind}: loaded {missing[:3]}, imported {extra[:3]}"

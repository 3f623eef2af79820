"""`graphbuilder load`, `cypher`, `export neo4j-csv` and `export cypher` from the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_graph import HOSTILE_NAME, sample_graph

from graphbuilder.cli import main
from graphbuilder.query.table import format_table
from graphbuilder.sinks.propertygraph.cypher import parameter_names
from graphbuilder.sinks.snapshot import write_graph

QUERIES = Path(__file__).resolve().parent.parent / "queries"


@pytest.fixture
def build_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "build"
    write_graph(sample_graph(), folder)
    return folder


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, [str(a) for a in args], env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_load_ladybug_then_query_a_library_file(build_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "store" / "graph.lbug"
    code, out, _ = run("load", "ladybug", build_dir, "--db", db, "--quiet")
    assert code == 0
    assert "37 nodes created, 0 matched; 65 relationships created" in out
    code, out, _ = run("load", "ladybug", build_dir, "--db", db, "-q", "--batch-size", "3")
    assert "0 nodes created, 37 matched; 0 relationships created, 65 matched" in out

    code, out, _ = run("cypher", db, QUERIES / "actor_timeline.cypher", "--param", "actor=Trump")
    assert code == 0
    lines = out.splitlines()
    assert [c.strip() for c in lines[0].split(" | ")][:3] == ["date", "subject", "predicate"]
    assert len([line for line in lines if "appeal_to" in line]) == 2
    assert lines[-1] == "(3 rows)"  # two appeals and the meeting: asserted statements by default
    timeline = QUERIES / "actor_timeline.cypher"
    code, out, _ = run("cypher", db, timeline, "-p", "actor=Trump", "-p", "modality=all")
    assert out.splitlines()[-1] == "(4 rows)"  # and the denied meeting
    code, out, _ = run("cypher", db, QUERIES / "most_connected_actors.cypher", "-p", "limit=1", "--json")
    assert [json.loads(line) for line in out.splitlines()] == [
        {"actor": "Vladimir Putin", "type": "Person", "statements": 4, "counterparts": 3}
    ]


def test_cypher_takes_query_text_and_keeps_parameters_as_data(build_dir: Path, tmp_path: Path) -> None:
    code, out, _ = run("load", "ladybug", build_dir, "-q")  # the store defaults to DIR/ladybug.db
    db = build_dir / "ladybug.db"
    assert code == 0 and str(db) in out
    code, out, _ = run(
        "cypher",
        db,
        "MATCH (e:Entity) WHERE e.name = $name RETURN e.id AS id",
        "--json",
        "--param",
        f"name={HOSTILE_NAME}",
    )
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == [{"id": "hostile"}]


def test_cypher_errors_are_one_line(build_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "graph.lbug"
    run("load", "ladybug", build_dir, "--db", db, "-q")
    code, _, err = run("cypher", db, "MATCH (n RETURN n")
    assert code == 1
    assert err.startswith("error: LadybugDB rejected the query") and err.count("\n") == 1
    code, _, err = run("cypher", tmp_path / "missing.lbug", "RETURN 1")
    assert code == 1 and "no LadybugDB store" in err
    code, _, err = run("cypher", db, "RETURN $x", "--param", "x")
    assert code == 1 and "expected NAME=VALUE" in err
    code, _, err = run("load", "ladybug", tmp_path, "--db", db)
    assert code == 1 and "not a graphbuilder build folder" in err


def test_cypher_errors_for_parameters_and_paths(build_dir: Path, tmp_path: Path) -> None:
    run("load", "ladybug", build_dir, "-q")
    code, _, err = run("cypher", build_dir / "ladybug.db", "MATCH (e:Entity {id: $id}) RETURN e.name, $other")
    assert code == 1
    assert err == "error: the query uses $id, $other but no value was given (--param id=VALUE)\n"
    code, _, err = run("cypher", build_dir / "ladybug.db", "RETURN '$not_a_parameter' AS x // $nor_this")
    assert code == 0
    code, _, err = run("cypher", build_dir / "ladybug.db", tmp_path / "missing.cypher")
    assert code == 1 and "missing.cypher: cannot read the query" in err and err.count("\n") == 1
    code, _, err = run("cypher", tmp_path, "RETURN 1")
    assert code == 1 and "a folder without ladybug.db" in err
    (tmp_path / "junk.db").write_text("not a database")
    code, _, err = run("cypher", tmp_path / "junk.db", "RETURN 1")
    assert code == 1 and "cannot open the LadybugDB store" in err and err.count("\n") == 1


def test_cypher_on_a_build_folder_and_with_no_rows(build_dir: Path) -> None:
    run("load", "ladybug", build_dir, "-q")
    code, out, _ = run("cypher", build_dir, "MATCH (e:Entity {id: 'ukraine'}) RETURN e.name AS name")
    assert (code, out.splitlines()) == (0, ["name", "-------", "Ukraine", "(1 row)"])
    code, out, _ = run("cypher", build_dir, "MATCH (e:Entity {id: 'nobody'}) RETURN e.name AS name")
    assert (code, out) == (0, "(0 rows)\n")


def test_load_ladybug_shows_progress_unless_quiet(build_dir: Path, tmp_path: Path) -> None:
    code, _, err = run("load", "ladybug", build_dir, "--db", tmp_path / "a.lbug")  # a new store: COPY
    assert code == 0 and "loading LadybugDB (COPY)" in err and "tables" in err
    code, _, err = run("load", "ladybug", build_dir, "--db", tmp_path / "a.lbug")  # into a graph: MERGE
    assert code == 0 and "loading LadybugDB" in err and "batches" in err
    code, _, err = run("load", "ladybug", build_dir, "--db", tmp_path / "b.lbug", "--quiet")
    assert code == 0 and err == ""


def test_load_ladybug_from_articles(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Putin met Trump in Helsinki. Trump appealed to Putin.\n", encoding="utf-8")
    db = tmp_path / "articles.lbug"
    code, out, err = run("load", "ladybug", article, "--db", db, "-q")
    assert code == 0, err
    assert out.splitlines()[-1].startswith(f"{db} now holds ")
    code, out, _ = run(
        "cypher", db, "MATCH (a:Article)-[:HAS_SENTENCE]->(s:Sentence) RETURN s.text AS t", "--json"
    )
    assert [json.loads(line)["t"] for line in out.splitlines()] == [
        "Putin met Trump in Helsinki.",
        "Trump appealed to Putin.",
    ]
    code, _, err = run("load", "ladybug", article)
    assert code == 1 and "give the store's path with --db" in err
    code, _, err = run("load", "ladybug", tmp_path / "nothing.txt", "--db", db)
    assert code == 1 and "no such build folder or input" in err


def test_load_refuses_a_folder_that_only_contains_a_build(build_dir: Path, tmp_path: Path) -> None:
    code, _, err = run("load", "ladybug", build_dir.parent, "--db", tmp_path / "x.lbug")
    assert code == 1 and f"give {build_dir}" in err and err.count("\n") == 1


def test_load_neo4j_reads_the_password_from_the_environment_only(build_dir: Path) -> None:
    code, _, err = run("load", "neo4j", build_dir, env={"NEO4J_PASSWORD": ""})
    assert code == 1 and "NEO4J_PASSWORD" in err
    secret = "s3cret-Pa55word"
    code, out, err = run(
        "load", "neo4j", build_dir, "--uri", "bolt://127.0.0.1:9", "-q", env={"NEO4J_PASSWORD": secret}
    )
    assert code == 1 and "cannot connect" in err
    assert secret not in out + err


def test_export_neo4j_csv_writes_admin_import_files(build_dir: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "csv"
    code, out, _ = run("export", "neo4j-csv", build_dir, out_dir)
    assert code == 0 and "import.sh" in out
    assert (out_dir / "import.sh").read_text().count("--nodes=") == 5  # one file per node label


def test_export_cypher_writes_a_script(build_dir: Path, tmp_path: Path) -> None:
    script = tmp_path / "graph.cypher"
    code, out, _ = run("export", "cypher", build_dir, script, "--batch-size", "4")
    assert code == 0 and "cypher-shell -f" in out
    assert re.search(r"wrote \d+ Cypher statements \(batched writes\)", out), out  # not graph statements
    text = script.read_text()
    assert text.count("CREATE CONSTRAINT") == 5  # one per node label
    statements = [s for s in text.split(";\n") if s.strip()]
    assert statements[0].startswith("// graphbuilder")
    assert all(parameter_names(s) == set() for s in statements)  # parameter-free
    assert all(s.lstrip().startswith(("CREATE ", "UNWIND [")) for s in statements[1:])


def test_format_table_aligns_and_cuts() -> None:
    table = format_table([{"a": "x" * 100, "b": None}, {"a": "y", "b": ["p", "q"]}], width=10)
    assert table.splitlines() == [
        "a          | b",
        "-----------+-----------",
        "xxxxxxxxx… |",
        'y          | ["p", "q"]',
    ]


def test_every_command_has_help() -> None:
    for args in (
        ["load", "neo4j"],
        ["load", "ladybug"],
        ["cypher"],
        ["export", "neo4j-csv"],
        ["export", "cypher"],
    ):
        code, out, _ = run(*args, "--help")
        assert code == 0 and "Usage:" in out and len(out.splitlines()) > 5


def test_docker_compose_starts_neo4j_community_without_plugins() -> None:
    text = (QUERIES.parent / "docker-compose.yml").read_text(encoding="utf-8")
    assert re.search(r"image: neo4j:[0-9.]+-community\n", text)
    assert '"7687:7687"' in text and '"7474:7474"' in text  # Bolt for the loader, Browser
    assert 'NEO4J_AUTH: "neo4j/${NEO4J_PASSWORD:?' in text  # the password from the environment only
    settings = "\n".join(line.split("#")[0] for line in text.splitlines()).lower()
    assert "plugins" not in settings and "apoc" not in settings  # the loader needs no APOC
    assert "./build:/import" in text  # where `export cypher` / `export neo4j-csv` files land

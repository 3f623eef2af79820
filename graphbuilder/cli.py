"""The ``graphbuilder`` command line: a thin layer over the Python API.

Each command parses its arguments, makes API calls and turns library errors into one clean
line and an exit code. Commands live in ``graphbuilder/commands/``, one module per area.
"""

from __future__ import annotations

import click

from graphbuilder.commands import build as build_cmds
from graphbuilder.commands import cypher as cypher_cmds
from graphbuilder.commands import demo as demo_cmds
from graphbuilder.commands import evaluate as eval_cmds
from graphbuilder.commands import rdf as rdf_cmds
from graphbuilder.commands import view as view_cmds


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="graphbuilder")
def main() -> None:
    """Build knowledge graphs of who did what to whom from political news.

    Every statement links back to the sentence, offsets and article it came from.
    Start with `graphbuilder build ARTICLES... --out DIR`, then query DIR with
    `graphbuilder sparql`, or load it into Neo4j or LadybugDB.
    """


@main.group()
def export() -> None:
    """Export a build to other formats (RDF serialisations, Neo4j bulk import, Cypher script)."""


for module in (build_cmds, rdf_cmds, cypher_cmds, eval_cmds, demo_cmds, view_cmds):
    for command in getattr(module, "commands", []):
        main.add_command(command)
    for command in getattr(module, "export_commands", []):
        export.add_command(command)

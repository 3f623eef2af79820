"""Commands that only read a build folder start without spaCy: importing the package, its
API module and the build folder does not load it (2-4 s per command); the stages load it
when they first run, and the package's API functions stay what they are."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import graphbuilder, graphbuilder.api, graphbuilder.pipeline
import graphbuilder.buildfolder, graphbuilder.sinks.folder
print("spacy" in sys.modules)
from graphbuilder import build
print(build is graphbuilder.api.build)
"""


def test_importing_the_package_does_not_load_spacy() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


def test_the_stages_still_load_it_when_they_run() -> None:
    # once they ran, the subpackage graphbuilder.extract is imported: graphbuilder.extract
    # stays the API function all the same
    code = """
import sys, graphbuilder, graphbuilder.api
text = "Putin met Orban in Budapest."
kg = graphbuilder.build([text])
print("spacy" in sys.modules, len(kg.statements) > 0, graphbuilder.extract is graphbuilder.api.extract,
      len(list(graphbuilder.extract([text]))) > 0)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "True", "True"]

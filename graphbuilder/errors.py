"""One exception root for the project; each layer raises its own subclass.

Messages are written for the user: they name the file (and line) and say what to do.
"""


class GraphBuilderError(Exception):
    """Root of every error graphbuilder raises on purpose."""


class InputError(GraphBuilderError):
    """An input file or record cannot be read as an article (skipped, counted, reported)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelError(GraphBuilderError):
    """The spaCy pipeline is missing or unusable."""


class ResolutionError(GraphBuilderError):
    """Entity resolution or gazetteer loading failed."""


class StoreError(GraphBuilderError):
    """An output store (RDF, Oxigraph, property graph) cannot be written or read."""


class QueryError(GraphBuilderError):
    """A SPARQL or Cypher query is malformed, unsafe or failed."""


class EvaluationError(GraphBuilderError):
    """A gold file for evaluation is missing or malformed."""

"""Asking the graph: SPARQL and Cypher, from Python, the command line and HTTP.

* ``library``: the query library (``queries/*.rq``, ``queries/*.cypher``): one header
  grammar, one parameter parser for both languages.
* ``sparql``: SPARQL on an Oxigraph store (parameters bound as RDF terms, plain rows).
* ``sparql_client``: a query on a build folder or an endpoint URL, one call.
* ``cypher``: Cypher on the embedded LadybugDB store (`graphbuilder cypher`).
* ``endpoint``: serving a build folder over the SPARQL 1.1 Protocol (`graphbuilder serve`).
* ``table`` and ``cli``: printing rows and the options the query commands share.
"""

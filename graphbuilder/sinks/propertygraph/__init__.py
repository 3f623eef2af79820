"""The property-graph sinks: Neo4j (loader), LadybugDB (embedded Cypher store) and offline exports.

``rows`` turns a KnowledgeGraph into typed row batches, ``cypher`` holds every Cypher
statement (and the Neo4j/LadybugDB dialect differences), ``writer`` runs the batched load
plan on a target; ``neo4j_writer``, ``ladybug_store``, ``csv_export`` and ``script_export``
are the targets.
"""

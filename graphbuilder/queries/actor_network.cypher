// Question: What does the browsing network look like? The direct relationships between
//   entities, one per statement, typed by predicate (APPEALED_TO, THREATENED ...), with evidence
//   counts and confidence: what Neo4j Browser draws; by default only statements some sentence
//   asserts as fact.
// param: min_evidence = 1 -- keep relationships with at least this many supporting sentences
// param: modality = "asserted" -- asserted, negated, possible, conditional, intended, reported, question, or "all"
// param: limit = 1000 -- at most this many relationships (a Browser draws every one)
// Dialect: type(r) runs as label(r) on LadybugDB (rewritten by graphbuilder).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.evidence_count >= $min_evidence AND ($modality = 'all' OR EXISTS {
  MATCH (s:Statement {id: r.statement_id}) WHERE s.modality = $modality
})
RETURN a.name AS subject, type(r) AS relationship, b.name AS object, r.negated AS negated,
       r.evidence_count AS evidence_count, r.confidence AS confidence,
       r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY subject, relationship, object, negated
LIMIT $limit

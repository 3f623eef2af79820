// Question: Who appealed to, threatened or demanded something from whom? Statements whose
//   PLOVER event type is one of the given ones (REQUEST covers appeals, DEMAND demands,
//   THREATEN threats), negated ones included and flagged, with the object an entity or a literal.
// param: event_types = ["REQUEST", "DEMAND", "THREATEN"] -- PLOVER event types to keep (a non-empty list)
// param: limit = 1000 -- at most this many rows
MATCH (s:Statement)-[:SUBJECT]->(subj:Entity)
WHERE s.event_type IN $event_types
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
RETURN s.event_type AS event_type, subj.name AS subject, s.predicate AS predicate,
       coalesce(obj.name, s.object_literal) AS object, s.negated AS negated,
       s.evidence_count AS evidence_count, s.first_seen AS first_seen
ORDER BY event_type, subject, predicate, object
LIMIT $limit

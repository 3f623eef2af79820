// Question: Who did what to whom? Every asserted (not negated) statement between two
//   entities: subject -predicate-> object, with its event type, CAMEO code, how many
//   sentences support it and when it was first and last seen.
// param: limit = 1000 -- at most this many rows
MATCH (s:Statement)-[:SUBJECT]->(subj:Entity)
MATCH (s)-[:OBJECT]->(obj:Entity)
WHERE s.negated = false
RETURN subj.name AS subject, s.predicate AS predicate, obj.name AS object,
       s.event_type AS event_type, s.cameo_code AS cameo_code,
       s.evidence_count AS evidence_count, s.first_seen AS first_seen, s.last_seen AS last_seen
ORDER BY subject, predicate, object
LIMIT $limit

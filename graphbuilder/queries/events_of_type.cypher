// Question: Which events of a given type happened? Statements of one PLOVER event type
//   with their CAMEO code, participants, date and supporting sentence count.
// param: event_type = "CONSULT" -- PLOVER event type, e.g. REQUEST, THREATEN, CONSULT
// param: limit = 1000 -- at most this many rows
MATCH (s:Statement)-[:SUBJECT]->(subj:Entity)
WHERE s.event_type = $event_type
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
RETURN s.event_type AS event_type, s.cameo_code AS cameo_code, subj.name AS subject,
       s.predicate AS predicate, coalesce(obj.name, s.object_literal) AS object,
       s.negated AS negated, coalesce(s.date, s.first_seen) AS date, s.evidence_count AS evidence_count
ORDER BY date, subject, predicate
LIMIT $limit

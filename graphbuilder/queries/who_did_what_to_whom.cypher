// Question: Who did what to whom? Every statement, subject -predicate-> object (an entity or a
//   literal), with its event type, CAMEO code, how many sentences support it and when it was
//   first and last seen; by default only statements some sentence asserts as fact.
// param: modality = "asserted" -- asserted, negated, possible, conditional, intended, reported, question, or "all"
// param: limit = 100 -- at most this many rows
// Same answer as who_did_what_to_whom.rq (which also gives the statement's IRI); first_seen,
//   last_seen and negated are this side's only.
MATCH (s:Statement)-[:SUBJECT]->(subj:Entity)
WHERE $modality = 'all' OR s.modality = $modality
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
RETURN subj.name AS subject, s.predicate AS predicate, coalesce(obj.name, s.object_literal) AS object,
       s.event_type AS event_type, s.cameo_code AS cameo_code, s.negated AS negated,
       s.evidence_count AS evidence_count, s.first_seen AS first_seen, s.last_seen AS last_seen
ORDER BY evidence_count DESC, subject, predicate, object
LIMIT $limit

// Question: Who appealed to, threatened or demanded something from whom? Statements whose
//   PLOVER event type is one of the given ones (REQUEST covers appeals, DEMAND demands,
//   THREATEN threats), with the object an entity or a literal; by default only statements
//   some sentence asserts as fact ("all" brings negated and hedged ones, flagged).
// param: event_types = ["REQUEST", "DEMAND", "THREATEN"] -- PLOVER event types to keep (a non-empty list)
// param: modality = "asserted" -- asserted, negated, possible, conditional, intended, reported, question, or "all"
// param: limit = 1000 -- at most this many rows
MATCH (s:Statement)-[:SUBJECT]->(subj:Entity)
WHERE s.event_type IN $event_types AND ($modality = 'all' OR s.modality = $modality)
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
RETURN s.event_type AS event_type, subj.name AS subject, s.predicate AS predicate,
       coalesce(obj.name, s.object_literal) AS object, s.negated AS negated,
       s.evidence_count AS evidence_count, s.first_seen AS first_seen
ORDER BY event_type, subject, predicate, object
LIMIT $limit

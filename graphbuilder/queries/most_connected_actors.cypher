// Question: Which actors are the most connected? Entities ranked by the number of
//   statements they take part in (as subject or object) and of distinct counterparts;
//   by default only statements some sentence asserts as fact.
// param: modality = "asserted" -- asserted, negated, possible, conditional, intended, reported, question, or "all"
// param: limit = 10 -- how many actors to list
// Entities local to one article (an unresolved "they", "the spokesman": Entity.local_to) are
//   no actors here. Twin: most_connected_actors.rq (name = actor, partners = counterparts).
MATCH (act:Entity)<-[:SUBJECT|OBJECT]-(s:Statement)
WHERE act.local_to IS NULL AND ($modality = 'all' OR s.modality = $modality)
OPTIONAL MATCH (s)-[:SUBJECT|OBJECT]->(other:Entity)
WHERE other.id <> act.id
WITH act, count(DISTINCT s) AS statements, count(DISTINCT other) AS counterparts
RETURN act.name AS actor, act.type AS type, statements, counterparts
ORDER BY statements DESC, counterparts DESC, actor
LIMIT $limit

// Question: Which actors are the most connected? Entities ranked by the number of
//   statements they take part in (as subject or object) and of distinct counterparts.
// param: limit = 10 -- how many actors to list
MATCH (act:Entity)<-[:SUBJECT|OBJECT]-(s:Statement)
WHERE act.local_to IS NULL
OPTIONAL MATCH (s)-[:SUBJECT|OBJECT]->(other:Entity)
WHERE other.id <> act.id
WITH act, count(DISTINCT s) AS statements, count(DISTINCT other) AS counterparts
RETURN act.name AS actor, act.type AS type, statements, counterparts
ORDER BY statements DESC, counterparts DESC, actor
LIMIT $limit

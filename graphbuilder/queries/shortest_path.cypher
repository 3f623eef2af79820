// Question: How are two actors connected? The shortest chain (up to 4 hops) between them,
//   each hop a statement that links two actors or a sentence that mentions both; the path
//   lists the actors on the way (up to 10 paths when a name fits several entities; entities
//   local to one article, such as an unresolved "they", are no endpoints).
// param: from = "Donald Trump" -- name or alias of the first actor, case-insensitive
// param: to = "Volodymyr Zelensky" -- name or alias of the second actor, case-insensitive
// Dialect: on LadybugDB shortestPath((a)-[:T*..8]-(b)) runs as (a)-[:T* SHORTEST 1..8]-(b) and
//   [n IN nodes(p) WHERE n:Entity | n.id] as list_transform(list_filter(...)) (rewritten by graphbuilder).
MATCH (:Name {id: toLower($from)})-[:NAMES]->(a:Entity)
MATCH (:Name {id: toLower($to)})-[:NAMES]->(b:Entity)
WHERE a.id <> b.id AND a.local_to IS NULL AND b.local_to IS NULL
MATCH p = shortestPath((a)-[:SUBJECT|OBJECT|MENTIONS*..8]-(b))
RETURN a.name AS from, b.name AS to, length(p) / 2 AS hops, [n IN nodes(p) WHERE n:Entity | n.id] AS path
ORDER BY hops, from, to
LIMIT 10

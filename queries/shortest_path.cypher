// Question: How are two actors connected? The shortest path (up to 6 hops) between them
//   over any relationship: direct statements, shared statements, sentences that mention both.
// param: from = "Donald Trump" -- name or alias of the first actor, case-insensitive
// param: to = "Volodymyr Zelensky" -- name or alias of the second actor, case-insensitive
// Dialect: on LadybugDB shortestPath((a)-[*..6]-(b)) runs as (a)-[* SHORTEST 1..6]-(b) and
//   [n IN nodes(p) | n.id] as properties(nodes(p), 'id') (rewritten by graphbuilder).
WITH toLower($from) AS wanted_a, toLower($to) AS wanted_b
MATCH (a:Entity)
WHERE toLower(a.name) = wanted_a OR any(alias IN a.aliases WHERE toLower(alias) = wanted_a)
WITH a, wanted_b
MATCH (b:Entity)
WHERE toLower(b.name) = wanted_b OR any(alias IN b.aliases WHERE toLower(alias) = wanted_b)
WITH a, b
WHERE a.id <> b.id
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN a.name AS from, b.name AS to, length(p) AS hops, [n IN nodes(p) | n.id] AS path

import { lintCypherQuery } from '@neo4j-cypher/language-support';
const qs = ["MATCH (n:Entity {id: $id}) RETURN n", "MATCH (n) RETURN m", "MATCH (n RETURN n", "MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p), toLower(a.name), coalesce(a.x, 1)", "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE"];
for (const q of qs) { const r = lintCypherQuery(q, {}); console.log(q, JSON.stringify(r.diagnostics.map(d => [d.severity, d.message]))); }

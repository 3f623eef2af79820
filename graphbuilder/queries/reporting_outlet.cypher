// Question: What did a given outlet report? Statements whose evidence names the outlet as
//   reporter ("as quoted by Strana") or comes from an article it published.
// param: outlet = "Strana" -- outlet name, case-insensitive (reported_by or the article's publisher)
// param: limit = 1000 -- at most this many rows
WITH toLower($outlet) AS wanted
MATCH (s:Statement)-[ev:EVIDENCE]->(sent:Sentence)<-[:HAS_SENTENCE]-(art:Article)
WHERE toLower(coalesce(ev.reported_by, '')) = wanted OR toLower(coalesce(art.publisher, '')) = wanted
MATCH (s)-[:SUBJECT]->(subj:Entity)
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
RETURN coalesce(ev.reported_by, art.publisher) AS outlet, subj.name AS subject,
       s.predicate AS predicate, coalesce(obj.name, s.object_literal) AS object,
       sent.text AS sentence, art.url AS url
ORDER BY url, sentence, subject, predicate, object
LIMIT $limit

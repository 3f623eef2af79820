// Question: Which outlet reported what? Statements whose sentence names a reporting source
//   ("TASS reports", "as quoted by Strana"), one row per sentence, with the publisher of the
//   article that carried it.
// param: outlet = null -- only this outlet (name or alias, case-insensitive); every outlet when not given
// param: modality = "asserted" -- asserted, negated, possible, conditional, intended, reported, question, or "all"
// param: limit = 100 -- at most this many rows
// Twin: reporting_outlet.rq gives the same rows (its outlet_name is this outlet).
// Dialect: the article is matched on its own: on the longer pattern LadybugDB 0.22 checks the
//   evidence condition next to a statement condition against any evidence of the statement.
WITH toLower(coalesce($outlet, '')) AS wanted
MATCH (s:Statement)-[ev:EVIDENCE]->(sent:Sentence)
WHERE ev.reported_by IS NOT NULL AND ($modality = 'all' OR s.modality = $modality)
MATCH (art:Article)-[:HAS_SENTENCE]->(sent)
MATCH (s)-[:REPORTED_BY]->(src:Entity)
WHERE (src.name = ev.reported_by OR COUNT { MATCH (s)-[:REPORTED_BY]->(:Entity) } = 1)
  AND (wanted = '' OR EXISTS { MATCH (n:Name)-[:NAMES]->(src) WHERE n.id = wanted })
MATCH (s)-[:SUBJECT]->(subj:Entity)
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
RETURN src.name AS outlet, subj.name AS subject, s.predicate AS predicate,
       coalesce(obj.name, s.object_literal) AS object, art.publisher AS publisher,
       sent.text AS sentence, art.url AS url
ORDER BY outlet, url, sentence, subject, predicate, object
LIMIT $limit

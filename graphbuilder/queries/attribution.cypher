// Question: Who said what? Statements attributed to a speaker ("Putin said ...", "according
//   to Zelensky ..."), one row per sentence, with the speaker, how the sentence states it
//   (modality) and the sentence and article it comes from.
// param: speaker = null -- only this speaker (name or alias, case-insensitive); every speaker when not given
// param: limit = 100 -- at most this many rows
// Every modality: what a speaker says is mostly reported, intended or possible, not asserted by
//   the article, so this query keeps its meaning and shows the modality as a column.
// Twin: attribution.rq gives the same rows (its speaker_name is this speaker).
WITH toLower(coalesce($speaker, '')) AS wanted
MATCH (s:Statement)-[ev:EVIDENCE]->(sent:Sentence)<-[:HAS_SENTENCE]-(art:Article)
WHERE ev.attributed_to IS NOT NULL
MATCH (s)-[:ATTRIBUTED_TO]->(spk:Entity)
WHERE (spk.name = ev.attributed_to OR COUNT { MATCH (s)-[:ATTRIBUTED_TO]->(:Entity) } = 1)
  AND (wanted = '' OR EXISTS { MATCH (n:Name)-[:NAMES]->(spk) WHERE n.id = wanted })
MATCH (s)-[:SUBJECT]->(subj:Entity)
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
RETURN spk.name AS speaker, subj.name AS subject, s.predicate AS predicate,
       coalesce(obj.name, s.object_literal) AS object, s.negated AS negated,
       CASE WHEN s.negated THEN 'negated' ELSE coalesce(ev.modality, 'asserted') END AS modality,
       ev.reported_by AS reported_by, sent.text AS sentence, art.url AS url
ORDER BY speaker, url, sentence, predicate, object
LIMIT $limit

// Question: Which sentences support each statement? Every piece of evidence with its
//   sentence, the surface subject / relation / object text with character offsets into the
//   article, modality, and the article's URL: provenance to click through.
// param: predicate = null -- only statements with this predicate, e.g. appealed_to; every statement when not given
// param: modality = "asserted" -- asserted, negated, possible, conditional, intended, reported, question, or "all"
// param: limit = 100 -- at most this many rows
// Twin: statement_sources.rq gives the same rows (it adds the sentence's offsets and the
//   article's headline and date; this side the relation's offsets and the confidence).
WITH coalesce($predicate, '') AS wanted
MATCH (s:Statement)-[ev:EVIDENCE]->(sent:Sentence)<-[:HAS_SENTENCE]-(art:Article)
WHERE (wanted = '' OR s.predicate = wanted) AND ($modality = 'all' OR s.modality = $modality)
MATCH (s)-[:SUBJECT]->(subj:Entity)
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
RETURN subj.name AS subject, s.predicate AS predicate, coalesce(obj.name, s.object_literal) AS object,
       ev.subject_text AS subject_text, ev.relation_text AS relation_text, ev.object_text AS object_text,
       ev.relation_start AS relation_start, ev.relation_end AS relation_end, s.negated AS negated,
       CASE WHEN s.negated THEN 'negated' ELSE coalesce(ev.modality, 'asserted') END AS modality,
       ev.confidence AS confidence, sent.text AS sentence, art.url AS url
ORDER BY url, relation_start, subject, predicate, object
LIMIT $limit

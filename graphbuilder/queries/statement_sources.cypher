// Question: Which sentences support each statement? Every piece of evidence with its
//   sentence, the surface subject / relation / object text with character offsets into the
//   article, modality, and the article's URL: provenance to click through.
// param: predicate = "appealed_to" -- only statements with this predicate
// param: limit = 1000 -- at most this many rows
MATCH (s:Statement)-[ev:EVIDENCE]->(sent:Sentence)<-[:HAS_SENTENCE]-(art:Article)
WHERE s.predicate = $predicate
RETURN s.predicate AS predicate, ev.subject_text AS subject_text, ev.relation_text AS relation_text,
       ev.object_text AS object_text, ev.relation_start AS relation_start, ev.relation_end AS relation_end,
       ev.negated AS negated, ev.modality AS modality, ev.confidence AS confidence,
       sent.text AS sentence, art.url AS url
ORDER BY url, relation_start
LIMIT $limit

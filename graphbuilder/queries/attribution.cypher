// Question: Who said what? Statements attributed to a speaker, with the speaker, the
//   outlet that reported it (if any) and the sentence it comes from.
// param: limit = 1000 -- at most this many rows
MATCH (s:Statement)-[:ATTRIBUTED_TO]->(spk:Entity)
MATCH (s)-[:SUBJECT]->(subj:Entity)
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
MATCH (s)-[ev:EVIDENCE]->(sent:Sentence)
WHERE ev.attributed_to IS NOT NULL
RETURN spk.name AS speaker, subj.name AS subject, s.predicate AS predicate,
       coalesce(obj.name, s.object_literal) AS object, ev.reported_by AS reported_by,
       sent.text AS sentence
ORDER BY speaker, sentence
LIMIT $limit

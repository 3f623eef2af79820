// Question: Which statements contradict each other? The same subject, predicate and object
//   asserted in one place and negated in another (statement identity includes negation,
//   so these are two Statement nodes; the asserted one stated as fact), with a sentence and
//   article for each side.
// param: limit = 1000 -- at most this many rows
// About negation itself: no modality parameter. A literal object matches in any case (each
//   statement writes it as its first sentence did). Twin: contradicting_statements.rq.
MATCH (neg:Statement)-[:SUBJECT]->(subj:Entity)<-[:SUBJECT]-(pos:Statement)
WHERE neg.negated = true AND pos.modality = 'asserted' AND pos.predicate = neg.predicate
OPTIONAL MATCH (pos)-[:OBJECT]->(o1:Entity)
OPTIONAL MATCH (neg)-[:OBJECT]->(o2:Entity)
WITH subj, pos, neg, o1, o2
WHERE (o1 IS NOT NULL AND o2 IS NOT NULL AND o1.id = o2.id)
   OR (o1 IS NULL AND o2 IS NULL AND toLower(pos.object_literal) = toLower(neg.object_literal))
MATCH (pos)-[:EVIDENCE]->(said:Sentence)<-[:HAS_SENTENCE]-(said_in:Article)
WITH subj, pos, neg, o1, said, said_in
MATCH (neg)-[:EVIDENCE]->(denied:Sentence)<-[:HAS_SENTENCE]-(denied_in:Article)
RETURN subj.name AS subject, pos.predicate AS predicate,
       coalesce(o1.name, pos.object_literal) AS object,
       said.text AS asserted_sentence, said_in.url AS asserted_url,
       denied.text AS denied_sentence, denied_in.url AS denied_url
ORDER BY subject, predicate, object, asserted_sentence, denied_sentence
LIMIT $limit

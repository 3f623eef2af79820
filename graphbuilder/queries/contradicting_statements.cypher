// Question: Which statements contradict each other? The same subject, predicate and object
//   asserted in one place and negated in another (statement identity includes negation,
//   so these are two Statement nodes), with a sentence for each side.
// param: limit = 1000 -- at most this many rows
MATCH (neg:Statement)-[:SUBJECT]->(subj:Entity)<-[:SUBJECT]-(pos:Statement)
WHERE neg.negated = true AND pos.negated = false AND pos.predicate = neg.predicate
OPTIONAL MATCH (pos)-[:OBJECT]->(o1:Entity)
OPTIONAL MATCH (neg)-[:OBJECT]->(o2:Entity)
WITH subj, pos, neg, o1, o2
WHERE (o1 IS NOT NULL AND o2 IS NOT NULL AND o1.id = o2.id)
   OR (o1 IS NULL AND o2 IS NULL AND pos.object_literal = neg.object_literal)
MATCH (pos)-[:EVIDENCE]->(said:Sentence)
WITH subj, pos, neg, o1, said
MATCH (neg)-[:EVIDENCE]->(denied:Sentence)
RETURN subj.name AS subject, pos.predicate AS predicate,
       coalesce(o1.name, pos.object_literal) AS object,
       said.text AS asserted_in, denied.text AS negated_in
ORDER BY subject, predicate, object, asserted_in, negated_in
LIMIT $limit

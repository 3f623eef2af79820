// Question: What was said by or about an actor? Every statement with the actor as subject
//   or object (role), each with its source sentence and the article's URL and publication date.
// param: actor = "Vladimir Putin" -- name or alias of the actor, case-insensitive
// param: modality = "asserted" -- asserted, negated, possible, conditional, intended, reported, question, or "all"
// param: limit = 1000 -- at most this many rows
// Dialect: type(role) runs as label(role) on LadybugDB (rewritten by graphbuilder).
// Twin: statements_about_actor.rq gives the same rows.
MATCH (:Name {id: toLower($actor)})-[:NAMES]->(act:Entity)
MATCH (s:Statement)-[role:SUBJECT|OBJECT]->(act)
MATCH (s)-[:SUBJECT]->(subj:Entity)
MATCH (s)-[ev:EVIDENCE]->(sent:Sentence)<-[:HAS_SENTENCE]-(art:Article)
WHERE ($modality = 'all' OR s.modality = $modality)
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
RETURN toLower(type(role)) AS role, subj.name AS subject, s.predicate AS predicate,
       coalesce(obj.name, s.object_literal) AS object, s.negated AS negated,
       sent.text AS sentence, art.url AS url, art.published AS published
ORDER BY published, url, sentence, predicate, object
LIMIT $limit

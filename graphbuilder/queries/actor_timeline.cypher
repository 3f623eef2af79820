// Question: What is an actor's timeline? Statements with the actor as subject or object,
//   one row per supporting sentence, in date order: the event date found in the sentence,
//   else the article's publication date.
// param: actor = "Vladimir Putin" -- name or alias of the actor, case-insensitive
// param: modality = "asserted" -- asserted, negated, possible, conditional, intended, reported, question, or "all"
// param: limit = 1000 -- at most this many rows
// Twin: actor_timeline.rq gives the same rows.
MATCH (:Name {id: toLower($actor)})-[:NAMES]->(act:Entity)
MATCH (s:Statement)-[:SUBJECT|OBJECT]->(act)
MATCH (s)-[:SUBJECT]->(subj:Entity)
MATCH (s)-[ev:EVIDENCE]->(sent:Sentence)<-[:HAS_SENTENCE]-(art:Article)
WHERE ($modality = 'all' OR s.modality = $modality)
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
RETURN ev.seen AS date, subj.name AS subject, s.predicate AS predicate,
       coalesce(obj.name, s.object_literal) AS object, s.negated AS negated,
       s.event_type AS event_type, sent.text AS sentence, art.url AS url
ORDER BY date, url, sentence, predicate, object
LIMIT $limit

// Question: Which events of a given PLOVER type happened (e.g. all REQUEST or REJECT events)?
//   Statements of the type with their CAMEO code, participants and supporting sentences, one
//   row per sentence, dated by the event date it gives, else the article's publication date.
// param: event_type = null -- PLOVER event type, e.g. REQUEST, THREATEN, CONSULT; every typed event when not given
// param: modality = "asserted" -- asserted, negated, possible, conditional, intended, reported, question, or "all"
// param: limit = 100 -- at most this many rows
// Twin: events_of_type.rq gives the same rows.
WITH coalesce($event_type, '') AS wanted
MATCH (s:Statement)-[:SUBJECT]->(subj:Entity)
WHERE s.event_type IS NOT NULL AND (wanted = '' OR s.event_type = wanted)
MATCH (s)-[ev:EVIDENCE]->(sent:Sentence)<-[:HAS_SENTENCE]-(art:Article)
WHERE ($modality = 'all' OR s.modality = $modality)
OPTIONAL MATCH (s)-[:OBJECT]->(obj:Entity)
RETURN s.event_type AS event_type, s.cameo_code AS cameo_code, ev.seen AS date, subj.name AS subject,
       s.predicate AS predicate, coalesce(obj.name, s.object_literal) AS object,
       s.negated AS negated, sent.text AS sentence, art.url AS url
ORDER BY event_type, date, subject, url, sentence, predicate, object
LIMIT $limit

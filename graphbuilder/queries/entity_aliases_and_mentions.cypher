// Question: Who is this entity? One entity with its type, codes, all its aliases and every
//   mention of it in the text (surface form, offsets, sentence, article).
// param: actor = "Vladimir Putin" -- name or alias of the entity, case-insensitive
// param: limit = 1000 -- at most this many rows (one per mention)
// Dialect: `start` and `end` are keywords to LadybugDB, hence the backticks.
// Twin: entity_aliases_and_mentions.rq gives the same rows (its aliases are one text joined by
//   " | ", its article an IRI, its type a class IRI; its start/end are mention_start/mention_end).
MATCH (:Name {id: toLower($actor)})-[:NAMES]->(e:Entity)
OPTIONAL MATCH (sent:Sentence)-[m:MENTIONS]->(e)
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, e.actor_code AS actor_code,
       e.country AS country, m.text AS mention, m.`start` AS mention_start, m.`end` AS mention_end,
       sent.article_id AS article, sent.text AS sentence
ORDER BY article, mention_start
LIMIT $limit

// Lints Cypher with Neo4j's own front end (@neo4j-cypher/language-support, lintCypherQuery):
// syntax and semantic analysis, the checks Neo4j Browser runs before sending a query.
//
// Input: a JSON array on stdin, [{"id": "...", "query": "...", "parameters": {"name": value}}],
// or Cypher files as arguments (each linted whole, no parameters declared).
// Output: a JSON array on stdout, [{"id": "...", "diagnostics": [{"severity": "error"|"warning",
// "message": "...", "line": 1, "column": 0}]}]. Exit status 0 even when diagnostics are found;
// the caller decides.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function lint(item) {
  const schema = { parameters: item.parameters ?? {} };
  const { diagnostics } = lintCypherQuery(item.query, schema, { consoleCommandsEnabled: false });
  return {
    id: item.id,
    diagnostics: diagnostics.map((d) => ({
      severity: SEVERITY[d.severity] ?? String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character,
    })),
  };
}

const files = process.argv.slice(2);
const items = files.length
  ? files.map((path) => ({ id: path, query: readFileSync(path, 'utf8') }))
  : JSON.parse(readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(items.map(lint)) + '\n');

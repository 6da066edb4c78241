// Validates content files (default: every src/content/*.json; or the files
// named as arguments) three ways:
//  1. the validator the widgets run (shape, references, dates, duplicate ids);
//  2. the editorial audit (every source used, nothing after the as-of date,
//     no never-cite host, only trusted hosts, the six parts, ...);
//  3. for a translation (any language but English), parity with src/content/en.json: the same ids, dates,
//     numbers and sources, quotations kept, the glossary's terms (src/i18n/glossary.json);
//  4. the JSON Schema that CMS teams get as dist/content.schema.json, which is
//     generated from the same Valibot schema: proof that it accepts real content.
// Exits non-zero on any problem, printing each with its JSON path.
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import { auditContent, compareTranslation, contentJsonSchema, parseContent, statusReport } from './content-tools.mjs';

const matchesSchema = new Ajv({ allErrors: true, strict: false }).compile(contentJsonSchema());

const english = parseContent(readFileSync('src/content/en.json', 'utf8'));
const glossary = JSON.parse(readFileSync('src/i18n/glossary.json', 'utf8')).terms;

const files = process.argv.length > 2
  ? process.argv.slice(2)
  : readdirSync('src/content').filter((f) => f.endsWith('.json')).map((f) => `src/content/${f}`);
if (files.length === 0) {
  console.error('check:content: no content files in src/content/');
  process.exit(1);
}
let failed = false;
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    failed = true;
    console.error(`${file}: cannot be read (${error.code ?? error.message})`);
    continue;
  }
  const result = parseContent(text);
  const problems = result.ok ? auditContent(result.content) : result.problems;
  if (result.ok && english.ok && result.content.meta.lang !== english.content.meta.lang) {
    problems.push(...compareTranslation(english.content, result.content, glossary));
  }
  // Valid content the published JSON Schema rejects means the two have drifted apart.
  if (result.ok && !matchesSchema(result.content)) {
    for (const e of matchesSchema.errors) problems.push({ path: `$${e.instancePath.replace(/\/(\d+)/g, '[$1]').replaceAll('/', '.')}`, message: `(JSON Schema) ${e.message}` });
  }
  if (problems.length) {
    failed = true;
    console.error(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const { path, message } of problems) console.error(`  ${path} ${message}`);
  } else {
    const c = result.content;
    const claims = c.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims)).length;
    const kinds = c.sources.reduce((n, s) => ({ ...n, [s.kind]: (n[s.kind] ?? 0) + 1 }), {});
    console.log(
      `${file}: ok, as of ${c.meta.asOf}: ${claims} claims, ${c.corrections.length} corrections, ` +
        `${c.timeline.length} events, ${c.administrations.length} administrations, ${c.issues.length} issues, ` +
        `${c.news.length} news, ${c.sources.length} sources (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}; ` +
        `${c.sources.filter((s) => s.url).length} linked)`,
    );
  }
  // What is getting old: every statement that speaks for a day, oldest first.
  if (result.ok) {
    const today = new Date().toISOString().slice(0, 10);
    for (const { path, asOf, days } of statusReport(result.content, today)) console.log(`  status as of ${asOf} (${days} days ago): ${path}`);
  }
}
process.exit(failed ? 1 : 0);

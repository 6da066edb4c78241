// Validates every bundled content file (src/content/*.json) three ways:
//  1. the validator the widgets run (types, references, dates, duplicate ids);
//  2. the editorial audit (every source used, nothing after the as-of date,
//     no never-cite host, only trusted hosts, the six parts, ...);
//  3. the JSON Schema generated from src/content/types.ts, the one CMS teams
//     get as dist/content.schema.json: so schema, types and validator agree.
// Exits non-zero on any problem, printing each with its JSON path.
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { createGenerator } from 'ts-json-schema-generator';
import Ajv from 'ajv';

// The validator is TypeScript; bundle it in memory so the check needs no build step.
const { outputFiles } = await build({
  stdin: {
    contents: `export { parseContent } from './src/content/validate.ts'; export { auditContent } from './src/content/audit.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});
const { parseContent, auditContent } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);

const contentSchema = () =>
  createGenerator({ path: 'src/content/types.ts', type: 'Content', tsconfig: 'tsconfig.json', skipTypeCheck: true }).createSchema('Content');
const matchesSchema = new Ajv({ allErrors: true, strict: false }).compile(contentSchema());

const files = readdirSync('src/content').filter((f) => f.endsWith('.json'));
if (files.length === 0) {
  console.error('check:content: no content files in src/content/');
  process.exit(1);
}
let failed = false;
for (const file of files) {
  const text = readFileSync(`src/content/${file}`, 'utf8');
  const result = parseContent(text);
  const problems = result.ok ? auditContent(result.content) : result.problems;
  if (!matchesSchema(JSON.parse(text))) {
    for (const e of matchesSchema.errors) problems.push({ path: `$${e.instancePath.replace(/\/(\d+)/g, '[$1]').replaceAll('/', '.')}`, message: `(schema) ${e.message}` });
  }
  if (problems.length) {
    failed = true;
    console.error(`src/content/${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const { path, message } of problems) console.error(`  ${path} ${message}`);
  } else {
    const c = result.content;
    const claims = c.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims)).length;
    const kinds = c.sources.reduce((n, s) => ({ ...n, [s.kind]: (n[s.kind] ?? 0) + 1 }), {});
    console.log(
      `src/content/${file}: ok, as of ${c.meta.asOf}: ${claims} claims, ${c.corrections.length} corrections, ` +
        `${c.timeline.length} events, ${c.administrations.length} administrations, ${c.issues.length} issues, ` +
        `${c.news.length} news, ${c.sources.length} sources (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')})`,
    );
  }
}
process.exit(failed ? 1 : 0);

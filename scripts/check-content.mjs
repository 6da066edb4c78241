// Validates every bundled content file (src/content/*.json) with the same
// validator the widgets run, plus the editorial audit: uncited claims, dangling
// or unused sources, duplicate ids, bad or future dates, never-cite hosts.
// Exits non-zero on any problem, printing each with its JSON path.
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';

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

const files = readdirSync('src/content').filter((f) => f.endsWith('.json'));
if (files.length === 0) {
  console.error('check:content: no content files in src/content/');
  process.exit(1);
}
let failed = false;
for (const file of files) {
  const result = parseContent(readFileSync(`src/content/${file}`, 'utf8'));
  const problems = result.ok ? auditContent(result.content) : result.problems;
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

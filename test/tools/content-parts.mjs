// How the bundled content is cut into parts, for the build (rollup.config.mjs writes dist/content/<lang>/*.json)
// and the test server (which serves the parts of src/content/<lang>.json): src/content/parts.ts itself, which
// imports nothing at run time, transpiled and loaded here, so neither can disagree with the widgets.
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';

const source = readFileSync(new URL('../../src/content/parts.ts', import.meta.url), 'utf8');
const { code } = await transform(source, { loader: 'ts', format: 'esm' });
export const { splitContent, PART_NAMES } = await import(`data:text/javascript,${encodeURIComponent(code)}`);

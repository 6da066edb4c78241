/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledContentUrl } from '../bundled-content.js';
import type { Content } from '../content/schema.js';
import { validateContent } from '../content/validate.js';

/** Read once per process and language: the files are part of the package and do not change while it runs. */
const read = new Map<string, Content>();

/** The bundled content for a language tag, read from dist/content/ and validated. */
export function bundledContent(lang = 'en'): Content {
  const url = bundledContentUrl(lang);
  let content = read.get(url.href);
  if (!content) {
    const result = validateContent(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')));
    if (!result.ok) throw new Error(`Bundled content is malformed:\n${result.problems.map((p) => `  ${p.path} ${p.message}`).join('\n')}`);
    read.set(url.href, (content = result.content));
  }
  return content;
}

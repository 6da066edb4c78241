/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundledContentUrl } from '../bundled-content.js';
import type { Content } from '../content/schema.js';
import { validateContent } from '../content/validate.js';

/** The bundled content for a language tag, read from dist/content/ and validated. */
export function bundledContent(lang = 'en'): Content {
  const result = validateContent(JSON.parse(readFileSync(fileURLToPath(bundledContentUrl(lang)), 'utf8')));
  if (!result.ok) throw new Error(`Bundled content is malformed:\n${result.problems.map((p) => `  ${p.path} ${p.message}`).join('\n')}`);
  return result.content;
}

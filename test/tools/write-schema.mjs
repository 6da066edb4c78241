// Writes dist/content.schema.json (for CMS teams and editors that validate as
// you type) from the Valibot schema the widgets validate with.
import { mkdirSync, writeFileSync } from 'node:fs';
import { contentJsonSchema } from './content-tools.mjs';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/content.schema.json', `${JSON.stringify(contentJsonSchema(), null, 2)}\n`);

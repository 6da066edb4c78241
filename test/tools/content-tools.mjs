// The content modules (TypeScript) for Node tools, bundled in memory with
// esbuild so that the checks need no build step: the validator, the audit and
// the JSON Schema generated from the one Valibot schema in src/content/schema.ts.
import { build } from 'esbuild';

const { outputFiles } = await build({
  stdin: {
    contents: `
      import { toJsonSchema } from '@valibot/to-json-schema';
      import { ContentSchema } from './src/content/schema.ts';
      export { parseContent } from './src/content/validate.ts';
      export { auditContent } from './src/content/audit.ts';
      export { statusReport } from './src/content/currency.ts';
      export { compareTranslation } from './src/content/translation.ts';
      // Checks that JSON Schema cannot express (calendar dates, language tags) stay in the validator.
      export const contentJsonSchema = () => {
        const { $schema, ...schema } = toJsonSchema(ContentSchema, { errorMode: 'ignore' });
        return { $schema, $id: 'https://unpkg.com/icc-widgets/dist/content.schema.json', title: 'icc-widgets content', ...schema };
      };`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'error',
});

export const { parseContent, auditContent, statusReport, compareTranslation, contentJsonSchema } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

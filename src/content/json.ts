import type { ContentProblem } from './schema.js';

// Apart from the validator (validate.ts) so that reading the bundled content, which skips validation, does not load it.
/** JSON text as a value, or the one problem that it is not JSON. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problems: ContentProblem[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [{ path: '$', message: `is not valid JSON (${(error as Error).message})` }] };
  }
}

import { en, type Labels } from './en.js';
import { fr } from './fr.js';
import { es } from './es.js';
import { ar } from './ar.js';
import type { Language } from './languages.js';

/**
 * Every language's interface words at once, for Node (the server renderer
 * and the command line), where size does not matter and rendering is
 * synchronous. Browsers load one language at a time (see index.ts).
 * A shipped language missing here is a type error.
 */
export const ALL_LABELS: Record<Language, Labels> = { en, fr, es, ar };

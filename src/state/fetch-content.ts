import type { Content, ContentProblem } from '../content/schema.js';
import { parseJson } from '../content/json.js';
import { en, type Labels } from '../i18n/en.js';

/** Which failure, for readers (each language words it) and for hosts (`icc-error`'s `detail.code`). */
export type FailureCode = 'http' | 'network' | 'timeout' | 'too-large' | 'malformed' | 'invalid';

/** Why a load failed, in words a reader can act on, plus details for developers. */
export interface LoadFailure {
  code: FailureCode;
  /** The server's answer, for `http`. */
  status?: number;
  /** For developers and English readers. */
  message: string;
  source: string;
  /** For `malformed` and `invalid`: each problem with its JSON path. */
  problems: ContentProblem[];
}

export interface FetchOptions {
  fetcher?: typeof fetch;
  /** Give up after this many milliseconds (default 10 s). */
  timeout?: number;
  /** Stop reading past this many bytes (default 2 MB; not for `bundled` content). */
  maxBytes?: number;
  /** Aborted by the caller (a newer load, an element leaving the page): the load ends quietly. */
  signal?: AbortSignal;
  /**
   * The document is the package's bundled content, validated when the package was built (`npm run
   * check:content`, and the bundle test on dist/): read without the validator, which then never loads. Most
   * pages show only bundled content, and the validator (Valibot and the schema) is about a sixth of the bundle.
   */
  bundled?: boolean;
}

export const DEFAULT_TIMEOUT = 10_000;
export const DEFAULT_MAX_BYTES = 2_000_000;

/** What a load gives: the content, a failure, or nothing when the caller aborted it. */
export type FetchResult = { content: Content } | { failure: LoadFailure } | undefined;

/**
 * Fetches, reads and validates one content document, within a time and a
 * size limit. Never rejects: every way it can go wrong is a `LoadFailure`.
 */
export async function fetchContent(href: string, options: FetchOptions = {}): Promise<FetchResult> {
  const { fetcher = fetch, timeout = DEFAULT_TIMEOUT, maxBytes = DEFAULT_MAX_BYTES, signal, bundled } = options;
  const failed = (code: FailureCode, problems?: ContentProblem[], status?: number) => failure(code, href, problems, status);
  if (!resolves(href)) return failed('network');
  // One controller ends the request for either reason: the caller's abort or our timeout.
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let response: Response;
    try {
      response = await fetcher(href, { signal: controller.signal });
    } catch {
      return signal?.aborted ? undefined : timedOut ? failed('timeout') : failed('network');
    }
    if (!response.ok) return failed('http', [], response.status);
    // The package's own files are read whole, natively: counting bytes through a stream reader was a tenth of
    // the task that draws the first widget. The limit guards against documents from elsewhere.
    const text = await (bundled ? response.text() : readAtMost(response, maxBytes)).catch(() => null);
    if (signal?.aborted) return undefined;
    if (timedOut) return failed('timeout');
    if (text === null) return failed('network');
    if (text === TOO_LARGE) return failed('too-large');
    return await readContent(text, href, bundled);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/** A document's text as content, or why not (`malformed`: not JSON; `invalid`: against the schema). */
export async function readContent(text: string, source: string, bundled = false): Promise<{ content: Content } | { failure: LoadFailure }> {
  const json = parseJson(text);
  if (!json.ok) return failure('malformed', source, json.problems);
  if (bundled) return { content: json.value as Content };
  // Only content from elsewhere (a host's `src` or inline document) pays for the validator, loaded here on first use.
  const { validateContent } = await import('../content/validate.js');
  const result = validateContent(json.value);
  return result.ok ? { content: result.content } : failure('invalid', source, result.problems);
}

/** A failure's words for readers of one language table (developers get English's in `message`). */
export function failureMessage(words: Labels['failure'], { code, status }: Pick<LoadFailure, 'code' | 'status'>): string {
  return code === 'http' ? words.http(status ?? 0) : words[code];
}

function failure(code: FailureCode, source: string, problems: ContentProblem[] = [], status?: number): { failure: LoadFailure } {
  return { failure: { code, status, message: failureMessage(en.failure, { code, status }), source, problems } };
}

const TOO_LARGE = Symbol('too large');

/** The body as text, read as a stream and abandoned at the cap: a huge answer is never held whole. */
async function readAtMost(response: Response, maxBytes: number): Promise<string | typeof TOO_LARGE> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    void response.body?.cancel().catch(() => {});
    return TOO_LARGE;
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => {});
      return TOO_LARGE;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Whether an address resolves to a URL against the page (URL.canParse is too new for some readers' browsers). */
function resolves(href: string): boolean {
  try {
    return !!new URL(href, globalThis.document?.baseURI);
  } catch {
    return false;
  }
}

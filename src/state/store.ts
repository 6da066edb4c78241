import { parseContent } from '../content/validate.js';
import type { Content, ContentProblem } from '../content/schema.js';
import { loadLabels } from '../i18n/index.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the reader has picked; ids are the content's ids. */
export interface Selection {
  issue?: string;
  period?: string;
  event?: string;
}

/** Why the last load failed, in words a reader can act on, plus details for developers. */
export interface LoadFailure {
  /** Which failure: readers get it in their language (labels.failure), developers get `message`. */
  code: FailureCode;
  /** The server's answer, for `http`. */
  status?: number;
  message: string;
  source: string;
  problems: ContentProblem[];
}

export type FailureCode = 'address' | 'network' | 'http' | 'malformed';

type Listener = () => void;

/** Whether an address resolves to a URL against the page (URL.canParse is too new for some readers' browsers). */
function resolves(href: string): boolean {
  try {
    return !!new URL(href, globalThis.document?.baseURI);
  } catch {
    return false;
  }
}

/**
 * One review: its content, language, the reader's selection and load status.
 * Its identity never changes; widgets subscribe and re-render on change.
 * Content flows in (load / setContent), selection flows in from widgets,
 * and everything flows out to subscribers.
 */
export class ReviewStore {
  content?: Content;
  lang = 'en';
  selection: Selection = {};
  status: LoadStatus = 'idle';
  /** The last failure; cleared by the next successful load. Content is kept. */
  failure?: LoadFailure;

  #listeners = new Set<Listener>();
  #loading?: { source: string; done: Promise<void> };

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  select(change: Selection): void {
    const next = { ...this.selection, ...change };
    const keys = Object.keys(change) as (keyof Selection)[];
    if (keys.every((key) => next[key] === this.selection[key])) return;
    this.selection = next;
    this.#notify();
  }

  /** Replaces the content with an already validated document. */
  setContent(content: Content): void {
    this.content = content;
    this.status = 'ready';
    this.failure = undefined;
    this.#notify();
  }

  /**
   * Fetches, parses and validates a content document. On any failure the
   * last good content stays and `failure` says what went wrong; never rejects.
   * Asking again for the source that is loading or loaded costs nothing.
   */
  load(source: string | URL, fetcher: typeof fetch = fetch): Promise<void> {
    const href = String(source);
    if (this.#loading?.source === href) return this.#loading.done;
    const done = this.#fetch(href, fetcher);
    this.#loading = { source: href, done };
    return done;
  }

  async #fetch(href: string, fetcher: typeof fetch): Promise<void> {
    this.status = 'loading';
    this.#notify();
    const failure = await this.#read(href, fetcher);
    if (!failure) return;
    // A newer load has started meanwhile: its outcome is the one that counts.
    if (this.#loading?.source !== href) return;
    this.#loading = undefined;
    this.failure = failure;
    this.status = this.content ? 'ready' : 'error';
    this.#notify();
  }

  /** Fetches and applies a document; returns why it failed, if it did. */
  async #read(href: string, fetcher: typeof fetch): Promise<LoadFailure | undefined> {
    const failed = (code: FailureCode, message: string, problems: ContentProblem[] = [], status?: number) => ({ code, status, message, source: href, problems });
    if (!resolves(href)) return failed('address', 'The review could not be loaded (its address is not valid).');
    let response: Response;
    try {
      response = await fetcher(href);
    } catch {
      return failed('network', 'The review could not be loaded (the network request failed).');
    }
    if (!response.ok) return failed('http', `The review could not be loaded (the server answered ${response.status}).`, [], response.status);
    const result = parseContent(await response.text().catch(() => ''));
    if (!result.ok) return failed('malformed', 'The review could not be shown because its content is malformed.', result.problems);
    // The words to show it in come first, so no widget draws this content with another language's words.
    await loadLabels(result.content.meta.lang);
    if (this.#loading?.source === href) this.setContent(result.content);
    return undefined;
  }

  #notify(): void {
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch (error) {
        // One broken subscriber must not stop the others or reach the store's caller.
        console.error(error);
      }
    }
  }
}

import type { Content } from '../content/schema.js';
import { joinParts, PART_NAMES, type Part } from '../content/parts.js';
import { bundledPartUrl } from '../bundled-content.js';
import { loadLabels } from '../i18n/index.js';
import { fetchContent, readContent, type FetchOptions, type FetchResult, type LoadFailure } from './fetch-content.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the reader has picked; ids are the content's ids. */
export interface Selection {
  issue?: string;
  period?: string;
  event?: string;
}

export type { FailureCode, LoadFailure } from './fetch-content.js';

type Listener = () => void;

/** How a load fetches: the fetch function (tests order answers with it), a time limit and a size limit. */
export type LoadOptions = Omit<FetchOptions, 'signal'>;

/**
 * Downloads of the bundled review's parts, by address: they never change, so the stores of every group share
 * one download of each, which none of them aborts.
 */
const downloads = new Map<string, Promise<FetchResult>>();

function fetchShared(href: string, options: FetchOptions): Promise<FetchResult> {
  let download = downloads.get(href);
  if (!download) {
    downloads.set(href, (download = fetchContent(href, options)));
    // Only a success is kept: a failed download may be tried again.
    void download.then((result) => result && 'content' in result ? undefined : downloads.delete(href));
  }
  return download;
}

/** Parts of a language's bundled review, downloaded side by side (each once per page) and put together. */
async function fetchParts(lang: string, parts: readonly Part[]): Promise<FetchResult> {
  const results = await Promise.all(parts.map((part) => fetchShared(String(bundledPartUrl(lang, part)), { bundled: true })));
  const failed = results.find((result) => !result || 'failure' in result);
  if (failed !== undefined) return failed;
  // A part is a document's fields, read unvalidated like the whole bundled document (fetchContent's `bundled`).
  return { content: joinParts(results.map((result) => (result as { content: Partial<Content> }).content)) };
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
  /** The last failure; cleared when the next load starts. Content is kept. */
  failure?: LoadFailure;
  /** The content is the bundled review, shown because the content asked for failed before any came. */
  fallback = false;
  /** The parts of the bundled review the content holds; undefined when it is one whole document. */
  parts?: ReadonlySet<Part>;

  #listeners = new Set<Listener>();
  /**
   * The parts of the bundled review widgets asked for (`want`), or undefined
   * while the store shows a document it was given (`load`, `setText`,
   * `setContent`): then widgets ask for nothing.
   */
  #wanted? = new Set<Part>();
  #loading?: { source: string; done: Promise<void>; controller: AbortController };

  /** How many follow this store (a page-level store nobody follows can go). */
  get subscribers(): number {
    return this.#listeners.size;
  }

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

  /**
   * Asks for parts of the bundled review in the store's language (`base`
   * always comes along) and loads those not loaded yet, together with the
   * ones loaded before, into one document. Does nothing while the store
   * shows a document it was given. Resolves once they are in (or failed).
   */
  want(parts: readonly Part[]): Promise<void> {
    const wanted = this.#wanted;
    if (!wanted) return Promise.resolve();
    for (const part of ['base' as const, ...parts]) wanted.add(part);
    return this.#loadParts(PART_NAMES.filter((part) => wanted.has(part)));
  }

  /**
   * From now on, show the bundled review in the store's language, with the
   * parts asked for so far (a provider whose `src` was removed, or whose
   * language changed).
   */
  useBundled(): Promise<void> {
    if (!this.#wanted) {
      this.#wanted = new Set();
      // The document on show holds no parts: every widget asks again for its own (see ReviewWidget.willUpdate).
      this.parts = new Set();
      this.#notify();
    }
    return this.want([]);
  }

  /** Whether the content holds these parts of the bundled review (a whole document holds all). */
  has(parts: readonly Part[]): boolean {
    const held = this.parts;
    return !!this.content && (!held || ['base' as const, ...parts].every((part) => held.has(part)));
  }

  #loadParts(parts: Part[]): Promise<void> {
    const lang = this.lang;
    const key = `bundled ${lang} ${parts.join(' ')}`;
    if (this.#loading?.source === key) return this.#loading.done;
    return this.#start(key, () => fetchParts(lang, parts), true, parts);
  }

  /** Replaces the content with an already validated document. */
  setContent(content: Content): void {
    this.#wanted = undefined;
    this.#show(content);
  }

  #show(content: Content, parts?: readonly Part[]): void {
    this.content = content;
    this.parts = parts && new Set(parts);
    this.status = 'ready';
    this.failure = undefined;
    this.fallback = false;
    this.#notify();
  }

  /** Takes a document given as text (an inline `<script type="application/json">`), as a load would. */
  setText(text: string, source: string): Promise<void> {
    this.#wanted = undefined;
    // Text is not an address: nothing to remember for a later load.
    return this.#start(source, () => readContent(text, source), false);
  }

  /**
   * After a failure that left no content: shows the bundled review (at `source`) instead,
   * keeping the failure so readers are told. Quietly does nothing if that
   * fails too, or if content arrived meanwhile.
   */
  async showFallback(source: string | URL): Promise<void> {
    if (this.content || !this.failure) return;
    const failure = this.failure;
    const result = await fetchContent(String(source), { bundled: true });
    if (!result || !('content' in result) || this.content || this.failure !== failure) return;
    await loadLabels(result.content.meta.lang);
    this.content = result.content;
    this.parts = undefined;
    this.fallback = true;
    this.status = 'ready';
    this.#notify();
  }

  /**
   * Fetches, parses and validates a content document. On any failure the
   * last good content stays and `failure` says what went wrong; never rejects.
   * Asking again for the source that is loading or loaded costs nothing; a
   * new source aborts the load it replaces.
   */
  load(source: string | URL, options: LoadOptions = {}): Promise<void> {
    const href = String(source);
    if (this.#loading?.source === href) return this.#loading.done;
    this.#wanted = undefined;
    return this.#start(href, (signal) => fetchContent(href, { ...options, signal }), true);
  }

  /** Ends a load under way, quietly (its element left the page); the next `load` starts afresh. Says whether one was. */
  abort(): boolean {
    if (!this.#loading || this.status !== 'loading') return false;
    this.#loading.controller.abort();
    this.#loading = undefined;
    this.status = this.content ? 'ready' : 'idle';
    this.#notify();
    return true;
  }

  /** Reads a document (a download, given text, or parts of the bundled review) in place of the one under way, if any. */
  #start(source: string, read: (signal: AbortSignal) => Promise<FetchResult>, remember: boolean, parts?: readonly Part[]): Promise<void> {
    this.#loading?.controller.abort();
    const controller = new AbortController();
    const done = this.#settle(source, read, controller.signal, remember, parts);
    this.#loading = { source, done, controller };
    return done;
  }

  async #settle(source: string, read: (signal: AbortSignal) => Promise<FetchResult>, signal: AbortSignal, remember: boolean, parts?: readonly Part[]): Promise<void> {
    // Loading, also while the validator loads for given text: meanwhile no widget starts another load.
    this.status = 'loading';
    // A new attempt: the last one's notice would now mislead.
    this.failure = undefined;
    this.#notify();
    const result = await read(signal);
    // The words to show it in come first, so no widget draws this content with another language's words.
    if (result && 'content' in result) await loadLabels(result.content.meta.lang);
    // Aborted, or a newer load has started meanwhile: its outcome is the one that counts.
    if (!result || this.#loading?.source !== source || signal.aborted) return;
    // A loaded address stays remembered (asking again costs nothing); a failed one, or text, may come again.
    if (!remember || !('content' in result)) this.#loading = undefined;
    if ('content' in result) return this.#show(result.content, parts);
    this.#fail(result.failure);
  }

  /** Records a failure; the last good content, if any, stays on show. */
  #fail(failure: LoadFailure): void {
    this.failure = failure;
    this.status = this.content ? 'ready' : 'error';
    this.#notify();
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

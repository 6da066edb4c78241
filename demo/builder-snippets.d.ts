// Types of demo/builder-snippets.js, for the TypeScript tests that call it.
export type Mode = 'npm' | 'script' | 'iframe' | 'server';
export type Theme = 'light' | 'dark' | 'auto';

export interface SnippetOptions {
  mode: Mode;
  tag: string;
  /** The widget's label and first iframe height (the bundle's WIDGETS). */
  label?: string;
  embedHeight?: number;
  /** The content's title (meta.title). */
  title?: string;
  lang?: string;
  theme?: Theme;
  issue?: string;
  period?: string;
  event?: string;
  headingLevel?: number;
  /** Where dist/ is hosted. */
  base?: string;
}

export interface SnippetPart {
  language: 'sh' | 'js' | 'html';
  /** Where the host puts it, in a few words. */
  where: string;
  code: string;
}

export interface Snippet {
  parts: SnippetPart[];
  text: string;
  notes: string[];
}

export const MODES: readonly { id: Mode; label: string }[];
export const THEMES: readonly { id: Theme; label: string }[];
export const DEFAULT_BASE: string;
export function normalizeBase(value: string): string | undefined;
export function elementAttributes(options: Partial<SnippetOptions>): [string, string][];
export function embedId(options: { tag: string }): string;
export function embedQuery(options: Partial<SnippetOptions> & { tag: string }): URLSearchParams;
export function renderArguments(options: Partial<SnippetOptions> & { tag: string }): string[];
export function pasteOutput(html: string, output: string, tag: string): string;
export function snippet(options: SnippetOptions): Snippet;

import type { ContentProblem } from './content/schema.js';
import type { FailureCode } from './state/fetch-content.js';

export interface IccErrorDetail {
  /**
   * Which failure: `http` (the server answered with an error status), `network` (no answer, or an address that is
   * not one), `timeout`, `too-large`, `malformed` (not JSON) or `invalid` (JSON that does not follow the schema).
   */
  code: FailureCode;
  /** For `http`: the status the server answered. */
  status?: number;
  /** Plain-language explanation, as an English reader sees it in the widget. */
  message: string;
  /** The content address that failed. */
  source: string;
  /** For `malformed` and `invalid` content: each problem with its JSON path. */
  problems: ContentProblem[];
}

export type SelectionKind = 'issue' | 'period' | 'event';

export interface IccSelectDetail {
  kind: SelectionKind;
  /** The content id picked, or undefined when the reader cleared the choice. */
  id: string | undefined;
  /** Tag name of the widget the reader used. */
  widget: string;
}

export type IccErrorEvent = CustomEvent<IccErrorDetail>;
export type IccSelectEvent = CustomEvent<IccSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'icc-error': IccErrorEvent;
    'icc-select': IccSelectEvent;
  }
}

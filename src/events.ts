import type { ContentProblem } from './content/schema.js';

export interface IccErrorDetail {
  /** Plain-language explanation, also shown in the widget. */
  message: string;
  /** The content address that failed. */
  source: string;
  /** For malformed content: each problem with its JSON path. */
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

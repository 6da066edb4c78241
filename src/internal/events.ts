import type { ContentProblem } from '../content/types.js';

export interface IccErrorDetail {
  /** Plain-language explanation, also shown in the widget. */
  message: string;
  /** The content address that failed. */
  source: string;
  /** For malformed content: each problem with its JSON path. */
  problems: ContentProblem[];
}

export type IccErrorEvent = CustomEvent<IccErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'icc-error': IccErrorEvent;
  }
}

import { css } from 'lit';

export const summaryStyles = css`
  .base {
    max-inline-size: var(--icc-max-width, 48rem);
  }
  .toggle {
    display: block;
    min-block-size: 44px;
    margin-inline-start: auto;
    padding: 0 var(--icc-space-xs, 0.25rem);
    border: 0;
    background: none;
    color: var(--icc-color-link, var(--_link));
    font-size: 0.9em;
    text-decoration: underline;
    cursor: pointer;
  }
  .part {
    border-block-start: 1px solid var(--icc-color-border, var(--_border));
  }
  .part > .heading {
    font-size: var(--icc-font-size-heading, 1.15em);
  }
  .part button {
    display: flex;
    align-items: baseline;
    gap: var(--icc-space-s, 0.5rem);
    inline-size: 100%;
    min-block-size: 44px;
    padding: var(--icc-space-s, 0.5rem) 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  .part button::before {
    content: '▸';
    content: '▸' / '';
    flex: none;
    transition: transform 0.15s;
  }
  .part button[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .part button::before {
      transition: none;
    }
  }
  :host(:dir(rtl)) .part button::before,
  .base[dir='rtl'] .part button::before {
    content: '◂';
    content: '◂' / '';
  }
  :host(:dir(rtl)) .part button[aria-expanded='true']::before,
  .base[dir='rtl'] .part button[aria-expanded='true']::before {
    transform: rotate(-90deg);
  }
  .mentions {
    display: block;
    font-size: 0.75em;
    font-weight: 400;
  }
  .mentions::before {
    content: '● ';
    content: '● ' / '';
    color: var(--icc-color-note-border, var(--_note-border));
  }
  /*
   * A closed part shows its teaser only: the key claim, with its citation, or
   * the newest news item's date and headline. On screen only: print shows all.
   */
  @media not print {
    .part:not(.open) .panel > :not(.teaser, .news),
    .part:not(.open) .more,
    .part:not(.open) .tag,
    .part:not(.open) .news li + li,
    .part:not(.open) .teaser ~ .news {
      display: none;
    }
    .part:not(.open) .panel {
      font-size: 0.9em;
    }
    /* In a narrow column, three lines of the key fact, then its citation marks. */
    @container (max-width: 30rem) {
      .part:not(.open) .key {
        display: block;
        line-height: 1.25;
      }
      .part:not(.open) .key > .text {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: 3;
        line-clamp: 3;
        overflow: hidden;
        line-height: var(--icc-line-height, 1.5);
      }
    }
  }
  @media print {
    .toggle,
    .part button::before {
      display: none;
    }
  }
  .panel > p,
  .news {
    margin-block: 0 var(--icc-space-m, 0.75rem);
  }
  .related {
    background: var(--icc-color-highlight, var(--_highlight));
    box-shadow: 0 0 0 var(--icc-space-s, 0.5rem) var(--icc-color-highlight, var(--_highlight));
  }
  .tag {
    display: block;
    font-size: 0.85em;
    font-weight: 700;
  }
  .correction {
    margin-block: 0 var(--icc-space-m, 0.75rem);
    padding: var(--icc-space-s, 0.5rem) var(--icc-space-m, 0.75rem);
    border-inline-start: 4px solid var(--icc-color-note-border, var(--_note-border));
    background: var(--icc-color-note-bg, var(--_note-bg));
  }
  .correction p {
    margin: 0 0 var(--icc-space-s, 0.5rem);
  }
  .correction p:last-child {
    margin-block-end: 0;
  }
  .news {
    padding-inline-start: 1.25em;
  }
  .news li + li {
    margin-block-start: var(--icc-space-s, 0.5rem);
  }
  .news time {
    color: var(--icc-color-muted, var(--_muted));
  }
`;

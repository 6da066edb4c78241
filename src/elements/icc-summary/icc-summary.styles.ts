import { css } from 'lit';

export const summaryStyles = css`
  .base {
    max-inline-size: var(--icc-max-width, 48rem);
  }
  .part {
    border-block-start: 1px solid var(--icc-color-border, #c4c7c5);
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
  }
  .panel > p,
  .news {
    margin-block: 0 var(--icc-space-m, 0.75rem);
  }
  .related {
    background: var(--icc-color-highlight, #fff4c2);
    box-shadow: 0 0 0 var(--icc-space-s, 0.5rem) var(--icc-color-highlight, #fff4c2);
  }
  .tag {
    display: block;
    font-size: 0.85em;
    font-weight: 700;
  }
  .correction {
    margin-block: 0 var(--icc-space-m, 0.75rem);
    padding: var(--icc-space-s, 0.5rem) var(--icc-space-m, 0.75rem);
    border-inline-start: 4px solid var(--icc-color-note-border, #8a4b00);
    background: var(--icc-color-note-bg, #fdf3e6);
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
    color: var(--icc-color-muted, #4d5156);
  }
  .toggle {
    min-block-size: 44px;
    margin-block: var(--icc-space-m, 0.75rem);
    padding: var(--icc-space-s, 0.5rem) var(--icc-space-m, 0.75rem);
    border: 1px solid currentColor;
    border-radius: 4px;
    background: var(--icc-color-button-bg, transparent);
    cursor: pointer;
  }
`;

// The gallery page's own script (not shipped): one frame per widget, column width and theme, built with DOM
// calls only (the page runs under Trusted Types). The bundle's registry says which widgets there are.
import { LANGUAGES, WIDGETS } from '/dist/icc-widgets.js';

const WIDTHS = [320, 768, 1200];
const THEMES = ['light', 'dark'];
const query = new URLSearchParams(location.search);
const pick = (name, values) => values.filter((v) => !query.has(name) || query.get(name) === String(v));
// One language at a time (?lang=fr): the widgets in it, the page's words stay English.
const lang = LANGUAGES.includes(query.get('lang')) ? query.get('lang') : 'en';

const main = document.querySelector('main');
for (const { tag, label } of WIDGETS.filter((w) => pick('widget', [w.tag]).length)) {
  const heading = document.createElement('h2');
  heading.textContent = `<${tag}>: ${label}`;
  const row = document.createElement('div');
  row.className = 'gallery-row';
  for (const theme of pick('theme', THEMES)) {
    for (const width of pick('width', WIDTHS)) {
      const frame = document.createElement('figure');
      frame.className = `gallery-frame w${width} ${theme}`;
      frame.id = `${tag}-${width}-${theme}`;
      const caption = document.createElement('figcaption');
      caption.textContent = `${width}px column, ${theme}`;
      const column = document.createElement('div');
      column.className = 'column';
      const widget = document.createElement(tag);
      widget.setAttribute('group', frame.id);
      widget.setAttribute('theme', theme);
      widget.setAttribute('lang', lang);
      column.append(widget);
      frame.append(caption, column);
      row.append(frame);
    }
  }
  main.append(heading, row);
}

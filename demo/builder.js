// The embed-code builder's own script (not shipped), built with DOM calls only: the page runs under Trusted Types.
// The bundle says which widgets and languages there are, its bundled content which issues, administrations and
// events; the code comes from builder-snippets.js, which the tests load and check too.
import { LANGUAGES, Review, WIDGETS, bundledContentUrl } from '/dist/icc-widgets.js';
import { DEFAULT_BASE, MODES, THEMES, elementAttributes, embedId, embedQuery, normalizeBase, snippet } from './builder-snippets.js';

const form = document.getElementById('options');
const field = (id) => document.getElementById(id);
// The address keeps the choices, so a page reloaded or shared shows the same code.
let initial = new URLSearchParams(location.search);

const make = (tag, properties = {}, ...children) => {
  const element = Object.assign(document.createElement(tag), properties);
  element.append(...children);
  return element;
};
const option = (value, text) => make('option', { value, textContent: text });

/** One radio button per choice, the first (or the address's) checked. */
function radios(fieldset, name, choices) {
  const wanted = choices.some((c) => c.id === initial.get(name)) ? initial.get(name) : choices[0].id;
  for (const { id, label } of choices) {
    const input = make('input', { type: 'radio', name, value: id, id: `${name}-${id}`, checked: id === wanted });
    fieldset.append(make('div', { className: 'choice' }, input, make('label', { htmlFor: input.id, textContent: label })));
  }
}

/** Replaces a select's options, keeping its value (or taking the address's) when it is still offered. */
function fill(select, items, fallback = '') {
  const keep = select.value || initial.get(select.name) || fallback;
  select.replaceChildren(...items);
  select.value = [...select.options].some((o) => o.value === keep) ? keep : fallback;
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
radios(field('mode'), 'mode', MODES);
radios(field('theme'), 'theme', THEMES);
fill(field('widget'), WIDGETS.map((w) => option(w.tag, `${w.label} <${w.tag}>`)), WIDGETS[0].tag);
fill(field('lang'), LANGUAGES.map((lang) => option(lang, languageNames.of(lang) ?? lang)), LANGUAGES[0]);
fill(field('heading-level'), [1, 2, 3, 4, 5, 6].map((n) => option(String(n), `h${n}`)), '2');
field('base').value = initial.get('base') ?? DEFAULT_BASE;

/** The issues, administrations and events of the chosen language's bundled content (validated when it was built). */
let review;
async function loadChoices() {
  const status = field('content-status');
  try {
    const response = await fetch(bundledContentUrl(field('lang').value));
    if (!response.ok) throw new Error(`status ${response.status}`);
    review = Review.of(await response.json());
    status.textContent = '';
  } catch (error) {
    review = undefined;
    status.textContent = `The content could not be loaded (${error.message}), so there is nothing to preselect.`;
  }
  fill(field('issue'), [none(), ...(review?.issues ?? []).map((i) => option(i.id, i.title))]);
  fill(field('period'), [none(), ...(review?.periods ?? []).map((p) => option(p.id, `${p.president}, ${years(p)}`))]);
  fillEvents();
}

const none = () => option('', 'None');
const years = (p) => `${p.start.slice(0, 4)}–${p.end?.slice(0, 4) ?? 'today'}`;

/** The events, by administration: only the chosen administration's, since an event shows in its own administration. */
function fillEvents() {
  const chosen = field('period').value;
  const periods = (review?.periods ?? []).filter((p) => !chosen || p.id === chosen);
  fill(field('event'), [
    none(),
    ...periods.map((p) =>
      make('optgroup', { label: `${p.president}, ${years(p)}` }, ...review.eventsOfPeriod(p.id).map((e) => option(e.id, `${e.date.slice(0, 4)}: ${e.title}`))),
    ),
  ]);
}

/** The form's choices as snippet() takes them. */
function options() {
  const data = new FormData(form);
  const widget = WIDGETS.find((w) => w.tag === data.get('widget')) ?? WIDGETS[0];
  return {
    mode: data.get('mode'),
    tag: widget.tag,
    label: widget.label,
    embedHeight: widget.embedHeight,
    title: review?.meta.title,
    lang: data.get('lang'),
    theme: data.get('theme'),
    issue: data.get('issue') || undefined,
    period: data.get('period') || undefined,
    event: data.get('event') || undefined,
    headingLevel: Number(data.get('heading-level')),
    base: data.get('base'),
  };
}

function update() {
  const o = options();
  const base = field('base');
  const baseValid = normalizeBase(base.value) !== undefined;
  base.setAttribute('aria-invalid', String(!baseValid));
  field('base-hint').textContent = baseValid
    ? "The address of the package's dist/ folder on your site or CDN."
    : `Enter an address starting with https://. Until then the code uses ${DEFAULT_BASE}.`;
  field('base-field').hidden = o.mode === 'npm';
  showCode(snippet(o));
  showPreview(o);
  const address = new URLSearchParams(new FormData(form));
  history.replaceState(null, '', `?${address}`);
}

let shown;
function showCode({ parts, text, notes }) {
  if (text === shown) return;
  shown = text;
  field('copy-status').textContent = '';
  field('parts').replaceChildren(
    ...parts.map((part, i) => {
      const code = make('code', { className: `language-${part.language}`, textContent: part.code });
      const caption = make('figcaption', { id: `part-${i}`, textContent: part.where });
      const button = make('button', { type: 'button', className: 'copy', textContent: 'Copy' });
      button.setAttribute('aria-describedby', caption.id);
      button.addEventListener('click', () => copy(part, code));
      return make('figure', { className: 'part' }, caption, button, make('pre', {}, code));
    }),
  );
  field('notes').replaceChildren(...notes.map((note) => make('li', { textContent: note })));
}

/** Copies one part; where the browser refuses the clipboard, selects it for the reader to copy. */
async function copy(part, code) {
  const status = field('copy-status');
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(part.code);
    status.textContent = `Copied: ${part.where}.`;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    status.textContent = 'This browser did not let the page copy: the code is selected, press Ctrl+C (⌘C on a Mac).';
  }
}

let previewed;
function showPreview(o) {
  const kind = o.mode === 'npm' ? 'script' : o.mode; // the same element either way
  const key = JSON.stringify([kind, o.tag, o.lang, o.theme, o.issue, o.period, o.event, o.headingLevel]);
  if (key === previewed) return;
  previewed = key;
  let preview;
  if (kind === 'script') {
    const widget = make(o.tag);
    for (const [name, value] of elementAttributes(o)) widget.setAttribute(name, value);
    // A provider of its own, so the last preview's selection does not carry over to this one.
    preview = make('icc-review', {}, widget);
    preview.setAttribute('lang', o.lang);
    field('preview-caption').textContent = 'The element with these attributes, on this page.';
  } else {
    preview = make('iframe', { width: '100%', height: String(o.embedHeight) });
    if (kind === 'iframe') {
      preview.src = `/dist/embed.html?${embedQuery(o)}`;
      preview.dataset.iccEmbed = embedId(o);
      preview.title = `Preview: ${o.label}, in an iframe`;
      field('preview-caption').textContent = "The iframe with these parameters, sized by this page's resize script.";
    } else {
      const query = new URLSearchParams({ tag: o.tag, 'heading-level': String(o.headingLevel), lang: o.lang, theme: o.theme });
      for (const name of ['issue', 'period', 'event']) if (o[name]) query.set(name, o[name]);
      preview.src = `render-preview?${query}`;
      preview.title = `Preview: ${o.label}, server-rendered`;
      field('preview-caption').textContent = "A page with the command's output pasted as the code says, and the script tag (in a frame of its own).";
    }
  }
  field('preview').replaceChildren(preview);
}

form.addEventListener('input', update);
form.addEventListener('change', (event) => {
  if (event.target === field('lang')) return loadChoices().then(update);
  if (event.target === field('period')) fillEvents();
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());
await loadChoices();
update();
initial = new URLSearchParams(); // used once: from now on the form holds the choices

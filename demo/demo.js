import { LANGUAGES } from '/dist/icc-widgets.js';

// The host page's own script: log the widgets' icc-select events, as analytics would.
// Text only (textContent): nothing from an event is parsed as HTML.
const log = document.querySelector('.event-log');
document.addEventListener('icc-select', (event) => {
  const { kind, id, widget } = event.detail;
  const item = document.createElement('li');
  item.textContent = `${widget} selected ${kind} “${id ?? 'none'}”`;
  log.prepend(item);
  while (log.children.length > 5) log.lastElementChild.remove();
});

// The language switch: each explainer's `lang` attribute, as a host page in another language sets it. Only the
// chosen language's content and words are downloaded. The address keeps the choice (?lang=fr).
const widgets = document.querySelectorAll('icc-summary, us-icc-position, icc-stance-compare');
const select = document.getElementById('widget-lang');
for (const lang of LANGUAGES) {
  const option = document.createElement('option');
  option.value = lang;
  // Each language named in itself, as language menus do.
  option.textContent = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  option.lang = lang;
  select.append(option);
}
const setLanguage = (lang) => {
  for (const widget of widgets) widget.setAttribute('lang', lang);
  select.value = lang;
};
const wanted = new URLSearchParams(location.search).get('lang');
if (wanted && LANGUAGES.includes(wanted)) setLanguage(wanted);
select.addEventListener('change', () => {
  setLanguage(select.value);
  const url = new URL(location.href);
  url.searchParams.set('lang', select.value);
  history.replaceState(null, '', url);
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/icc-summary/define.js';
import type { IccSummary } from '../../src/elements/icc-summary/icc-summary.js';
import { pageStore } from '../../src/state/page-stores.js';
import { sampleContent } from '../fixtures/content.js';

let n = 0;
/** A fresh group per test: page-level stores outlive tests. */
const freshGroup = () => `page-stores-test-${++n}`;

/** Fills the page-level store of a group and language with content under a recognisable title. */
function fill(group: string, lang: string, title: string): void {
  const content = sampleContent();
  content.meta.title = title;
  pageStore(group, lang).setContent(content);
}

const titleOf = (el: IccSummary) => el.shadowRoot!.querySelector('#title')?.textContent;
const showing = (el: IccSummary, title: string) => waitUntil(() => titleOf(el) === title, `did not show "${title}"`);

describe('page-level stores per group and language', () => {
  it('gives <icc-summary lang="fr"> and <icc-summary> in one group separate reviews and selections', async () => {
    const group = freshGroup();
    fill(group, 'en', 'English review');
    fill(group, 'fr', 'Revue en français');
    const root = await fixture(html`<div>
      <icc-summary group=${group} lang="fr"></icc-summary>
      <icc-summary group=${group}></icc-summary>
    </div>`);
    const [french, english] = root.querySelectorAll('icc-summary');
    await showing(french, 'Revue en français');
    await showing(english, 'English review');
    french.issue = 'jurisdiction';
    await french.updateComplete;
    await english.updateComplete;
    expect(pageStore(group, 'fr').selection.issue).to.equal('jurisdiction');
    expect(english.issue).to.equal(undefined);
    expect(pageStore(group).selection.issue).to.equal(undefined);
  });

  it('creates the French store in French when a French widget asks first, and loads content for it', async () => {
    const group = freshGroup();
    const el = await fixture<IccSummary>(html`<icc-summary group=${group} lang="fr"></icc-summary>`);
    // No French content ships yet: the store loads the English file, but stays the French store.
    await waitUntil(() => titleOf(el), 'the French widget got no content', { timeout: 10000 });
    expect(pageStore(group, 'fr').lang).to.equal('fr');
    expect(pageStore(group, 'fr').content).not.to.equal(undefined);
    expect(pageStore(group, 'en').status).to.equal('idle');
  });

  it('puts regions of one language on one store (fr-CA with fr)', async () => {
    const group = freshGroup();
    fill(group, 'fr', 'Revue');
    const root = await fixture(html`<div>
      <icc-summary group=${group} lang="fr-CA"></icc-summary>
      <icc-summary group=${group} lang="fr"></icc-summary>
    </div>`);
    const [canadian, french] = root.querySelectorAll('icc-summary');
    await showing(canadian, 'Revue');
    canadian.period = 'adm-b';
    await canadian.updateComplete;
    await french.updateComplete;
    expect(french.period).to.equal('adm-b');
  });

  it('lets a widget without lang take its nearest ancestor\'s', async () => {
    const group = freshGroup();
    fill(group, 'en', 'English review');
    fill(group, 'fr', 'Revue en français');
    const root = await fixture(html`<div lang="fr"><section><icc-summary group=${group}></icc-summary></section></div>`);
    await showing(root.querySelector('icc-summary')!, 'Revue en français');
  });

  it('inherits the language across a shadow root, as HTML does (a widget inside an app\'s component)', async () => {
    const group = freshGroup();
    fill(group, 'en', 'English review');
    fill(group, 'fr', 'Revue en français');
    const root = await fixture(html`<div lang="fr"><div class="app-component"></div></div>`);
    const shadow = root.querySelector('.app-component')!.attachShadow({ mode: 'open' });
    const el = document.createElement('icc-summary');
    el.setAttribute('group', group);
    shadow.append(el);
    await showing(el, 'Revue en français');
  });

  it('moves a widget to the other store when its lang attribute changes, selection included', async () => {
    const group = freshGroup();
    fill(group, 'en', 'English review');
    fill(group, 'fr', 'Revue en français');
    pageStore(group, 'fr').select({ issue: 'jurisdiction' });
    const el = await fixture<IccSummary>(html`<icc-summary group=${group}></icc-summary>`);
    await showing(el, 'English review');
    el.setAttribute('lang', 'fr');
    await showing(el, 'Revue en français');
    await el.updateComplete;
    expect(el.issue).to.equal('jurisdiction');
    el.removeAttribute('lang');
    await showing(el, 'English review');
    await el.updateComplete;
    expect(el.issue).to.equal(undefined);
    // Selecting now moves the English store only.
    el.period = 'adm-a';
    await el.updateComplete;
    expect(pageStore(group, 'en').selection.period).to.equal('adm-a');
    expect(pageStore(group, 'fr').selection.period).to.equal(undefined);
  });

  it('falls back to English for a lang that is not a language tag, without throwing', async () => {
    const group = freshGroup();
    fill(group, 'en', 'English review');
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await fixture<IccSummary>(html`<icc-summary group=${group} lang="!!"></icc-summary>`);
      await showing(el, 'English review');
      el.setAttribute('lang', '%%');
      el.issue = 'jurisdiction';
      await el.updateComplete;
      expect(pageStore(group, 'en').selection.issue).to.equal('jurisdiction');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(pageStore(group, '!!')).to.equal(pageStore(group, 'en'));
  });

  it('answers pageStore(group, lang) with the same store on every call, by primary language', () => {
    const group = freshGroup();
    const french = pageStore(group, 'fr');
    expect(pageStore(group, 'fr')).to.equal(french);
    expect(pageStore(group, 'fr-CA')).to.equal(french);
    expect(pageStore(group, 'FR')).to.equal(french);
    expect(pageStore(group)).to.equal(pageStore(group, 'en'));
    expect(pageStore(group)).not.to.equal(french);
    expect(pageStore(freshGroup(), 'fr')).not.to.equal(french);
    expect(french.lang).to.equal('fr');
  });
});

describe('page-level stores stay bounded', function () {
  this.timeout(60000);
  const registrySize = () => (globalThis as unknown as Record<symbol, { stores: Map<string, unknown> }>)[Symbol.for('icc-widgets/page-stores@2')].stores.size;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('frees the store of a group nobody uses any more, and fetches the bundled review once whatever the group', async () => {
    const el = await fixture<IccSummary>(html`<icc-summary group=${freshGroup()} lang="es"></icc-summary>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.base'), 'the Spanish review did not show', { timeout: 10000 });
    await settle();
    const before = registrySize();
    const url = new URL('/src/content/es.json', location.href).href;
    performance.setResourceTimingBufferSize(10_000); // the default 250 would hide a download per group
    const fetchesBefore = performance.getEntriesByName(url).length;
    for (let i = 0; i < 300; i++) {
      el.setAttribute('group', `churn-${i}`);
      await el.updateComplete;
    }
    await waitUntil(() => el.shadowRoot!.querySelector('.base'), 'the last group did not show');
    await settle();
    expect(registrySize(), 'stores in the page registry').to.equal(before);
    expect(performance.getEntriesByName(url).length - fetchesBefore, 'downloads of the Spanish review').to.be.at.most(1);
    // And once the last widget leaves, its store goes too.
    el.remove();
    await settle();
    expect(registrySize()).to.equal(before - 1);
  });

  it('keeps a store, and its selection, for a widget moved within the page', async () => {
    const group = freshGroup();
    fill(group, 'en', 'Moved review');
    const root = await fixture(html`<div><section id="a"><icc-summary group=${group}></icc-summary></section><section id="b"></section></div>`);
    const el = root.querySelector('icc-summary')!;
    await showing(el, 'Moved review');
    pageStore(group).select({ issue: 'jurisdiction' });
    root.querySelector('#b')!.append(el);
    await settle();
    expect(pageStore(group).selection.issue).to.equal('jurisdiction');
    await showing(el, 'Moved review');
  });
});

import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { bundledContentUrl } from '../../src/bundled-content.js';
import type { Content } from '../../src/content/schema.js';
import { WIDGETS } from '../../src/elements/widgets.js';
import { pageStore } from '../../src/state/page-stores.js';

/**
 * The frame every widget shares (src/base/review-widget.ts), read as a reader
 * meets it, with the bundled review: a kicker, the title and one line saying
 * what the widget shows; sentences that do not run into the citation marks
 * before them; a footer line with the date and the number of sources, from
 * which the list opens.
 */
let content: Content;
const group = 'frame-test';
before(async () => {
  await pageStore(group).load(bundledContentUrl('en'));
  content = pageStore(group).content!;
});

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** test/fixtures/article-page.html (the three widgets from dist/icc-widgets.js) in a 1280px frame, rendered. */
async function articleFrame(): Promise<HTMLIFrameElement> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/fixtures/article-page.html" width="1280" height="900"></iframe>`);
  const rendered = () => {
    const widgets = [...(frame.contentDocument?.querySelectorAll(WIDGETS.map((w) => w.tag).join(', ')) ?? [])];
    return widgets.length === WIDGETS.length && widgets.every((el) => el.shadowRoot?.querySelector('.base'));
  };
  await waitUntil(rendered, 'the article did not render', { timeout: 10000 });
  return frame;
}

/** Text as a reader sees and copies it (innerText: rendered, hidden parts left out). */
const readerText = (el: Element) => (el.shadowRoot!.querySelector('.base') as HTMLElement).innerText;

for (const { tag } of WIDGETS) {
  describe(`<${tag}>: the shared frame`, () => {
    /** The widget in a 700px column, with the bundled review. */
    const place = async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 700px"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('group', group);
      box.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.base'), 'the widget did not render');
      return el;
    };

    it('opens with a kicker, the title and one line on what it shows, in that order', async () => {
      const el = await place();
      const root = el.shadowRoot!;
      const [kicker, title, dek] = [root.querySelector('.kicker'), root.querySelector('#title'), root.querySelector('.dek')];
      expect(clean(kicker?.textContent)).not.to.equal('');
      expect(title!.getAttribute('role')).to.equal('heading');
      expect(clean(dek?.textContent).length).to.be.greaterThan(20);
      expect(kicker!.compareDocumentPosition(title!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(title!.compareDocumentPosition(dek!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      // The region is described by that line, for screen readers landing on it.
      expect(root.querySelector('.base')!.getAttribute('aria-describedby')).to.equal('dek');
    });

    it('never runs a sentence into the citation marks before it, in the built bundle readers get', async () => {
      // The bundle's templates are minified, which is where a space after a citation mark can get lost.
      const frame = await articleFrame();
      const el = frame.contentDocument!.querySelector(tag)!;
      const text = readerText(el);
      expect(text).to.match(/\]/, 'citations are shown');
      // "[3]The" is a glued sentence: a closing mark followed at once by a letter, digit or opening quote.
      const glued = [...text.matchAll(/\](?=[A-Za-z0-9“"(])/g)].map((m) => text.slice(Math.max(0, m.index! - 30), m.index! + 12));
      expect(glued).to.deep.equal([]);
    });

    it('ends with the date and the number of sources, and the list opens from that line', async () => {
      const el = await place();
      const root = el.shadowRoot!;
      const details = root.querySelector<HTMLDetailsElement>('footer details.sources')!;
      expect(details.open, 'closed at first: the list is one action away').to.equal(false);
      // Drawn when opened: hundreds of elements most readers never open.
      expect(root.querySelectorAll('.sources li').length, 'items drawn while closed').to.equal(0);
      // Following a citation opens the list at its source and puts focus there.
      const link = root.querySelector<HTMLAnchorElement>('a.cite')!;
      expect(link.getAttribute('aria-label')).to.equal(`source ${link.textContent}`);
      link.click();
      await waitUntil(() => root.activeElement?.id === link.hash.slice(1), 'focus did not reach the source');
      expect(details.open, 'the list opened').to.equal(true);
      const count = root.querySelectorAll('.sources li').length;
      expect(count).to.be.greaterThan(0);
      const date = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${content.meta.asOf}T00:00:00Z`));
      expect(clean(details.querySelector('summary')!.textContent)).to.equal(`Updated ${date} · ${count} sources`);
    });
  });
}

describe('the bundled review in parts: each widget downloads what it draws', () => {
  /** What each widget draws (README "Embed it"); the sources' entries wait for a reader to open the list. */
  const draws: Record<string, string[]> = {
    'icc-summary': ['base', 'sections'],
    'us-icc-position': ['base', 'timeline'],
    'icc-stance-compare': ['base', 'timeline'],
  };
  for (const { tag } of WIDGETS) {
    it(`<${tag}> alone on its group downloads ${draws[tag].join(' and ')}, and the sources when a citation is followed`, async () => {
      const alone = `parts-${tag}`;
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 700px"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('group', alone);
      box.append(el);
      await waitUntil(() => el.shadowRoot?.querySelector('.base'), 'the widget did not render', { timeout: 10000 });
      const store = pageStore(alone);
      expect([...store.parts!]).to.deep.equal(draws[tag]);
      const root = el.shadowRoot!;
      const link = root.querySelector<HTMLAnchorElement>('a.cite')!;
      link.click();
      await waitUntil(() => root.activeElement?.id === link.hash.slice(1), 'focus did not reach the source', { timeout: 10000 });
      expect([...store.parts!]).to.deep.equal([...draws[tag], 'sources']);
      // The entry is the source's, not an empty placeholder: its title is one of the review's sources.
      const entry = clean(root.activeElement!.textContent);
      expect(content.sources.filter((source) => entry.includes(source.title)).length).to.be.greaterThan(0);
    });
  }
});

describe('themes', () => {
  const backgroundOf = (el: Element) => getComputedStyle(el).backgroundColor;
  /** A widget with the bundled review, rendered. */
  async function widget(tag: string, theme?: string): Promise<HTMLElement> {
    const el = document.createElement(tag);
    el.setAttribute('group', group);
    if (theme) el.setAttribute('theme', theme);
    const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 700px"></div>`);
    box.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('.base'), 'the widget did not render');
    return el;
  }

  for (const { tag } of WIDGETS) {
    it(`<${tag} theme="dark"> paints a dark surface with text that passes contrast (axe)`, async function () {
      this.timeout(60000); // axe over a whole widget is slow on a busy machine
      const el = await widget(tag, 'dark');
      expect(backgroundOf(el)).to.equal('rgb(32, 33, 36)');
      expect(getComputedStyle(el).color).to.equal('rgb(232, 234, 237)');
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the page showing through by default and in light', async () => {
    for (const theme of [undefined, 'light']) {
      const el = await widget('icc-stance-compare', theme);
      expect(backgroundOf(el), String(theme)).to.equal('rgba(0, 0, 0, 0)');
    }
  });

  it('follows the page\'s own switch with theme="auto": data-theme, a dark class, or color-scheme on the root', async () => {
    const root = document.documentElement;
    const el = await widget('icc-summary', 'auto');
    try {
      root.dataset.theme = 'dark';
      await waitUntil(() => backgroundOf(el) === 'rgb(32, 33, 36)', 'data-theme="dark" was not followed');
      root.dataset.theme = 'light';
      await waitUntil(() => backgroundOf(el) === 'rgba(0, 0, 0, 0)', 'data-theme="light" was not followed');
      delete root.dataset.theme;
      root.classList.add('dark');
      await waitUntil(() => backgroundOf(el) === 'rgb(32, 33, 36)', 'class="dark" was not followed');
      root.classList.remove('dark');
      root.style.colorScheme = 'dark';
      await waitUntil(() => backgroundOf(el) === 'rgb(32, 33, 36)', 'color-scheme: dark was not followed');
    } finally {
      delete root.dataset.theme;
      root.classList.remove('dark');
      root.style.removeProperty('color-scheme');
    }
  });
});

describe('a widget whose part of the review is empty', () => {
  it('keeps its frame and says so in one line, instead of a bare title', async () => {
    const empty = structuredClone(content);
    empty.issues = [];
    empty.administrations = [];
    empty.timeline = [];
    const name = 'frame-test-empty';
    pageStore(name).setContent(empty);
    for (const tag of ['icc-stance-compare', 'us-icc-position']) {
      const el = document.createElement(tag);
      el.setAttribute('group', name);
      await fixture(html`<div style="inline-size: 700px">${el}</div>`);
      await waitUntil(() => el.shadowRoot?.querySelector('.base'), `<${tag}> did not render`);
      const root = el.shadowRoot!;
      expect(root.querySelector('#title')!.textContent, tag).to.not.equal('');
      expect(root.querySelector('[part="empty"]')?.textContent, tag).to.equal('This review has nothing to show here yet.');
      expect(root.querySelectorAll('[role="tab"]'), tag).to.have.length(0);
    }
  });
});

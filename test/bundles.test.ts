import { expect, waitUntil } from '@open-wc/testing';
import { WIDGETS } from '../src/elements/widgets.js';
import { LANGUAGES } from '../src/i18n/languages.js';
import { openSources } from './fixtures/widgets-citations.js';

/**
 * The built files (npm test builds first), loaded the way host pages load
 * them: by tag, on a plain page, in an iframe.
 */
async function openPage(bundles: string): Promise<Window & { recorded: { errors: string[]; warnings: string[] } }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  // Strict CSP with Trusted Types; two copies of Lit need 'allow-duplicates' (see README).
  frame.src = `/test/fixtures/bundle-page.html?bundles=${bundles}&csp=${bundles.includes(',') ? 'duplicates' : 'strict'}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { recorded: { errors: string[]; warnings: string[] } };
  await waitUntil(() => win.document.querySelector('icc-summary')?.shadowRoot?.querySelector('.part'), 'the review did not render', { timeout: 10000 });
  return win;
}

const partTitles = (win: Window) =>
  [...win.document.querySelector('icc-summary')!.shadowRoot!.querySelectorAll('.part [role="heading"]')].map((h) => h.textContent!.trim());

for (const bundles of ['module', 'classic', 'module,classic', 'classic,module']) {
  describe(`built bundle: ${bundles}`, () => {
    it('shows the six parts, a sources list and the as-of date, with no error', async () => {
      const win = await openPage(bundles);
      expect(partTitles(win)).to.deep.equal([
        'Background of the ICC', 'The US relationship with the ICC', "The ICC's view of the US", 'Current status', 'Conclusion', 'Recent news',
      ]);
      const root = win.document.querySelector('icc-summary')!.shadowRoot!;
      await openSources(root.host);
      expect(root.querySelectorAll('.sources li').length).to.be.greaterThan(10);
      expect(root.querySelector('footer time')!.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(win.recorded.errors).to.deep.equal([]);
      if ('trustedTypes' in win) {
        // The page really enforces Trusted Types: an HTML string sink throws there.
        // eslint-disable-next-line no-restricted-syntax -- the probe is the point
        expect(() => { win.document.createElement('div').innerHTML = '<b>x</b>'; }).to.throw();
      }
      expect(win.recorded.warnings).to.deep.equal([]);
    });
  });
}

describe('the npm package', () => {
  it('has every file its exports map, types and manifest name', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const targets = new Set<string>([pkg.main, pkg.types, pkg.customElements]);
    // Patterns stand for every element folder and every shipped language.
    const names = { elements: ['icc-review', ...WIDGETS.map((w) => w.tag)], content: [...LANGUAGES] };
    const expand = (target: string) => {
      if (!target.includes('*')) return [target];
      const kind = target.includes('/elements/*/') ? 'elements' : target.includes('/content/*.json') ? 'content' : undefined;
      if (!kind) throw new Error(`no known folder behind the pattern ${target}`);
      return names[kind].map((name) => target.replace('*', name));
    };
    for (const entry of Object.values(pkg.exports) as (string | Record<string, string>)[]) {
      for (const target of typeof entry === 'string' ? [entry] : Object.values(entry)) expand(target).forEach((t) => targets.add(t));
    }
    for (const target of targets) {
      const response = await fetch(`/${target.replace(/^\.\//, '')}`);
      expect(response.status, target).to.equal(200);
    }
  });

  it('describes <icc-summary> in the custom elements manifest', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const summary = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'icc-summary');
    expect(summary.attributes.map((a: { name: string }) => a.name)).to.include.members(['variant', 'heading-level', 'group']);
    expect(summary.events.map((e: { name: string }) => e.name)).to.include('icc-error');
    expect(summary.cssParts.map((p: { name: string }) => p.name)).to.include.members(['base', 'correction', 'sources']);
    expect(summary.slots).to.have.length(1);
  });
});

/** The tags a host can use: the provider and the widgets (README), written out so an empty registry cannot pass. */
const TAGS = ['icc-review', 'icc-summary', 'us-icc-position', 'icc-stance-compare'];

type EntryWindow = Window & typeof globalThis & { entry: Promise<Record<string, unknown> & { WIDGETS: { tag: string; element: unknown }[] }> };

/** A fresh frame, with its own custom element registry, that imports one npm entry point and nothing else. */
async function importAlone(entry: 'index' | 'define') {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/state-entry-page.html?entry=${entry}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as EntryWindow;
  await waitUntil(() => 'entry' in win, 'the fixture did not start the import');
  const module = await win.entry;
  // Registration deferred to a later task would still be a side effect: give it one.
  await new Promise((resolve) => win.setTimeout(resolve, 50));
  return { win, module };
}

// Assertions below compare strings only: a failing comparison of another window's classes or
// nodes makes the test runner serialise them, which can take the browser down instead of failing.

/** The tags of ours a frame has registered. */
const registered = (win: Window) => TAGS.filter((tag) => win.customElements.get(tag));

/** The content documents (a whole language or its parts) a frame has requested. */
const contentRequests = (win: Window) =>
  win.performance.getEntriesByType('resource').map((e) => e.name).filter((url) => /\/content\/[\w-]+(\/[a-z]+)?\.json$/.test(url));

describe('the npm entry points', () => {
  it('dist/index.js exports the classes and registers no tag', async () => {
    const { win, module } = await importAlone('index');
    expect(module.WIDGETS.map((w) => w.tag).sort()).to.deep.equal(TAGS.filter((t) => t !== 'icc-review').sort());
    const elements = ['IccReview', 'IccSummary', 'UsIccPosition', 'IccStanceCompare'];
    expect(elements.filter((name) => (module[name] as { prototype?: unknown })?.prototype instanceof win.HTMLElement)).to.deep.equal(elements);
    expect(registered(win)).to.deep.equal([]);
    // Nothing upgraded, so nothing fetched content either.
    expect(win.document.querySelector('icc-summary')!.shadowRoot === null, 'the page\'s widget upgraded').to.equal(true);
    expect(contentRequests(win)).to.deep.equal([]);
  });

  it('dist/define.js, the control, registers every tag with the exported classes', async () => {
    const { win, module } = await importAlone('define');
    expect(registered(win)).to.deep.equal(TAGS);
    const classes = [{ tag: 'icc-review', element: module.IccReview }, ...module.WIDGETS];
    expect(classes.filter(({ tag, element }) => win.customElements.get(tag) !== element).map(({ tag }) => tag)).to.deep.equal([]);
    // The frame's widget upgrades and asks for the bundled content: what the other frame must not do.
    await waitUntil(() => win.document.querySelector('icc-summary')!.shadowRoot, 'the page\'s widget did not upgrade');
    await waitUntil(() => contentRequests(win).length > 0, 'the widget did not ask for its content');
  });
});

import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WIDGETS } from '../../src/elements/widgets.js';
import { DEFAULT_BASE, MODES, embedQuery, snippet, type Mode, type SnippetOptions } from '../../demo/builder-snippets.js';

/**
 * The demo's embed-code builder (demo/builder.html) and the code it gives: each mode's snippet, built by the same
 * module the page uses (demo/builder-snippets.js), is loaded the way a host would use it and must show the widget
 * with the options chosen. Pages come from the test server (web-test-runner.config.mjs: /builder-page pastes a
 * snippet into an article under a strict CSP, running the server-rendered snippet's command with the built command
 * line). Needs the build (npm test builds).
 */

type Options = Omit<SnippetOptions, 'mode'> & { tag: string };

/** The little of axe-core's API used here (loaded into the builder's window). */
interface Axe {
  run(context: Node, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
}

const ISSUE_TITLES: Record<string, string> = { sanctions: 'Sanctions on Court officials', afghanistan: 'Afghanistan' };
const PRESIDENTS: Record<string, string> = { obama: 'Obama' };
const DARK = 'rgb(32, 33, 36)';

/** A few option sets that between them use every option. */
const SETS: Options[] = [
  { tag: 'icc-stance-compare', issue: 'sanctions', theme: 'dark', headingLevel: 3 },
  { tag: 'us-icc-position', period: 'obama', event: 'libya-referral', theme: 'light', headingLevel: 2 },
  { tag: 'icc-summary', issue: 'afghanistan', theme: 'auto', headingLevel: 4 },
];

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

let title: string;
before(async () => {
  title = (await (await fetch('/dist/content/en.json')).json()).meta.title;
});

/** The options as the builder hands them to snippet(): the widget's label and height from the registry. */
function full(set: Options, mode: Mode, base = new URL('/dist/', location.href).href): SnippetOptions {
  const widget = WIDGETS.find((w) => w.tag === set.tag)!;
  return { ...set, mode, base, label: widget.label, embedHeight: widget.embedHeight, title, lang: 'en' };
}

async function open(src: string, { width = 1000, allow }: { width?: number; allow?: string } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = '900';
  frame.title = 'Page under test';
  if (allow) frame.allow = allow;
  frame.src = src;
  cleanups.push(() => frame.remove());
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const page = (html: string, command?: string) =>
  `/builder-page?${new URLSearchParams({ html, ...(command ? { command } : {}) })}`;

const rendered = (el: Element | null | undefined) => el?.shadowRoot?.querySelector('[role="heading"]#title');

/** The widget shows what the options chose: its title's level, the preselection, the theme, the language. */
function expectShows(el: HTMLElement, set: Options, { embed = false } = {}) {
  const root = el.shadowRoot!;
  const what = `<${set.tag}> ${JSON.stringify(set)}`;
  expect(root.querySelector('#title')!.getAttribute('aria-level'), `${what}: heading level`).to.equal(String(set.headingLevel));
  expect(el.closest('[lang]')?.getAttribute('lang'), `${what}: language`).to.equal('en');
  for (const name of ['issue', 'period', 'event'] as const) {
    if (set[name]) expect(el.getAttribute(name), `${what}: ${name}`).to.equal(set[name]);
  }
  const selectedTab = () => root.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? '';
  if (set.tag === 'icc-stance-compare' && set.issue) expect(selectedTab(), `${what}: selected issue`).to.include(ISSUE_TITLES[set.issue]);
  if (set.tag === 'icc-summary' && set.issue) expect(root.querySelector('p.related'), `${what}: paragraphs of the issue marked`).to.exist;
  if (set.tag === 'us-icc-position' && set.period) expect(selectedTab(), `${what}: selected administration`).to.include(PRESIDENTS[set.period]);
  if (set.event) {
    expect(root.querySelector(`#event-${set.event}-button`)?.getAttribute('aria-expanded'), `${what}: event open`).to.equal('true');
  }
  const win = el.ownerDocument.defaultView!;
  const dark = set.theme === 'dark' || (set.theme === 'auto' && win.matchMedia('(prefers-color-scheme: dark)').matches);
  if (embed) {
    // The embed themes its whole page (embed.css, from ?theme=); it has no automatic theme.
    const html = el.ownerDocument.documentElement;
    expect(html.dataset.theme, `${what}: embed theme`).to.equal(set.theme === 'dark' ? 'dark' : undefined);
    expect(win.getComputedStyle(html).backgroundColor === DARK, `${what}: dark page`).to.equal(set.theme === 'dark');
  } else {
    expect(el.getAttribute('theme'), `${what}: theme attribute`).to.equal(set.theme === 'light' ? null : set.theme);
    expect(win.getComputedStyle(el).backgroundColor === DARK, `${what}: dark surface`).to.equal(dark);
  }
}

/** Where a package.json "exports" map sends an import specifier of the package, for a browser bundler. */
function resolveExport(exportsMap: Record<string, unknown>, specifier: string, name: string): string | undefined {
  const subpath = `.${specifier.slice(name.length)}`;
  let key = subpath in exportsMap ? subpath : undefined;
  let star: string | undefined;
  if (!key) {
    // Node's rule: of the patterns that match, the one with the longest part before "*".
    key = Object.keys(exportsMap)
      .filter((k) => k.includes('*'))
      .filter((k) => {
        const [before, after] = k.split('*');
        return subpath.startsWith(before) && subpath.endsWith(after) && subpath.length > k.length - 1;
      })
      .sort((a, b) => b.indexOf('*') - a.indexOf('*'))[0];
    if (!key) return undefined;
    const [before, after] = key.split('*');
    star = subpath.slice(before.length, subpath.length - after.length);
  }
  let target = exportsMap[key];
  // Conditions in the order written, as Node and bundlers read them; "types" is for TypeScript only.
  while (target && typeof target === 'object') {
    target = Object.entries(target).find(([condition]) => ['browser', 'import', 'default'].includes(condition))?.[1];
  }
  if (typeof target !== 'string') return undefined;
  return star === undefined ? target : target.replaceAll('*', star);
}

describe('the embed-code builder: its snippets work when loaded', function () {
  this.timeout(60000);

  it('offers the four modes', () => {
    expect(MODES.map((m) => m.id)).to.deep.equal(['npm', 'script', 'iframe', 'server']);
  });

  for (const set of SETS) {
    const name = `<${set.tag}> ${[set.issue, set.period, set.event, set.theme, `h${set.headingLevel}`].filter(Boolean).join(', ')}`;

    it(`script tag, ${name}: the pasted snippet shows the widget with those options`, async () => {
      const { parts } = snippet(full(set, 'script'));
      expect(parts).to.have.length(1);
      const frame = await open(page(parts[0].code));
      const doc = frame.contentDocument!;
      const el = doc.querySelector<HTMLElement>(set.tag);
      expect(doc.querySelector('link[rel="stylesheet"][href$="/dist/icc-widgets.css"]'), 'the stylesheet').to.exist;
      await waitUntil(() => rendered(el), 'the widget did not render', { timeout: 20000 });
      expectShows(el!, set);
    });

    it(`iframe, ${name}: the embed shows the widget with those options, and the resize script fits the frame`, async () => {
      const { parts } = snippet(full(set, 'iframe'));
      const frame = await open(page(parts.map((p) => p.code).join('\n')));
      const doc = frame.contentDocument!;
      const embed = doc.querySelector<HTMLIFrameElement>('iframe[data-icc-embed]')!;
      expect(doc.querySelector('script[src$="/dist/icc-embed-resize.js"]'), 'the resize script').to.exist;
      expect(embed.getAttribute('loading')).to.equal('lazy');
      expect(embed.title).to.include(title);
      const inner = () => embed.contentDocument?.querySelector<HTMLElement>(set.tag);
      await waitUntil(() => rendered(inner()), 'the embed did not render the widget', { timeout: 20000 });
      expectShows(inner()!, set, { embed: true });
      // data-icc-embed and the address's id agree, or the resize script would not fit the frame.
      await waitUntil(
        () => embed.style.height === `${Math.ceil(embed.contentDocument!.documentElement.getBoundingClientRect().height)}px`,
        `the resize script did not fit the frame (height ${embed.style.height})`,
        { timeout: 10000 },
      );
    });

    it(`server-rendered, ${name}: the command's output, pasted with the script tag, carries the options and hydrates`, async () => {
      const { parts } = snippet(full(set, 'server'));
      const [command, html] = parts.map((p) => p.code);
      expect(command).to.match(/^npx icc-widgets render /);
      const frame = await open(page(html, command));
      const doc = frame.contentDocument!;
      const el = doc.querySelector<HTMLElement>(set.tag);
      expect(el, doc.body.textContent!).to.exist;
      // Server-rendered: the shadow root is there from the HTML, before any script.
      expect(rendered(el), 'declarative shadow DOM').to.exist;
      await waitUntil(() => !el!.hasAttribute('defer-hydration'), 'the script did not hydrate the widget', { timeout: 20000 });
      expectShows(el!, set);
    });

    it(`npm, ${name}: the import resolves through the package's exports to a built file that defines the element, and the HTML shows it`, async () => {
      const { parts } = snippet(full(set, 'npm'));
      expect(parts.map((p) => p.language)).to.deep.equal(['sh', 'js', 'html']);
      expect(parts[0].code).to.equal('npm install icc-widgets');
      const pkg = await (await fetch('/package.json')).json();
      const specifiers = [...parts[1].code.matchAll(/^import '([^']+)';$/gm)].map((m) => m[1]);
      expect(specifiers).to.have.length(1);
      for (const specifier of specifiers) {
        const target = resolveExport(pkg.exports, specifier, pkg.name);
        expect(target, specifier).to.match(/^\.\/dist\//);
        const url = new URL(target!, `${location.origin}/`).href;
        expect((await fetch(url)).ok, `${specifier} -> ${target}`).to.equal(true);
        await import(/* @vite-ignore */ url);
        expect(customElements.get(set.tag), `${specifier} defines <${set.tag}>`).to.exist;
      }
      // The element's HTML, on a page with the bundle (as the bundler's output would be).
      const frame = await open(page(`<script type="module" src="/dist/icc-widgets.js"></script>\n${parts[2].code}`));
      const el = frame.contentDocument!.querySelector<HTMLElement>(set.tag);
      await waitUntil(() => rendered(el), 'the widget did not render', { timeout: 20000 });
      expectShows(el!, set);
    });
  }
});

describe('the embed-code builder page', function () {
  this.timeout(90000);

  async function builder(query = '', allow = 'clipboard-write') {
    // As a top-level page would be: the frame may use the clipboard (unless the test says otherwise).
    const frame = await open(`/demo/builder.html${query}`, { width: 1280, allow });
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('#parts figure') && doc.querySelector<HTMLSelectElement>('#issue')!.options.length > 1, 'the builder did not start', {
      timeout: 20000,
    });
    const control = <T extends HTMLElement>(selector: string) => doc.querySelector<T>(selector)!;
    const choose = (selector: string, value: string) => {
      const select = control<HTMLSelectElement | HTMLInputElement>(selector);
      select.value = value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const codes = () => [...doc.querySelectorAll('#parts pre code')].map((c) => c.textContent);
    const preview = () => doc.querySelector('#preview')!.firstElementChild as HTMLElement;
    return { frame, doc, control, choose, codes, preview };
  }

  it('shows the code of its choices, and updates the code and the preview as they change', async () => {
    const { frame, doc, control, choose, codes, preview } = await builder();
    const first = WIDGETS[0];
    const base = { tag: first.tag, theme: 'light' as const, headingLevel: 2, base: DEFAULT_BASE };
    expect(codes()).to.deep.equal(snippet(full(base, 'npm', DEFAULT_BASE)).parts.map((p) => p.code));
    await waitUntil(() => rendered(preview().querySelector(first.tag)), 'the first preview did not render', { timeout: 20000 });

    // The comparison, preselecting sanctions, dark, h3: the code and the element in the preview follow.
    choose('#widget', 'icc-stance-compare');
    choose('#issue', 'sanctions');
    choose('#heading-level', '3');
    control<HTMLInputElement>('#theme-dark').click();
    const set: Options = { tag: 'icc-stance-compare', issue: 'sanctions', theme: 'dark', headingLevel: 3 };
    expect(codes()).to.deep.equal(snippet(full(set, 'npm', DEFAULT_BASE)).parts.map((p) => p.code));
    await waitUntil(() => rendered(preview().querySelector(set.tag)), 'the comparison preview did not render', { timeout: 20000 });
    expectShows(preview().querySelector<HTMLElement>(set.tag)!, set);
    expect(new URLSearchParams(frame.contentWindow!.location.search).get('issue'), 'the address keeps the choices').to.equal('sanctions');

    // Script tag, then a host's own address for dist/; an address that is not one is refused.
    control<HTMLInputElement>('#mode-script').click();
    choose('#base', 'https://news.example/icc');
    expect(codes()).to.deep.equal(snippet(full(set, 'script', 'https://news.example/icc/')).parts.map((p) => p.code));
    expect(codes()[0]).to.include('src="https://news.example/icc/icc-widgets.js"');
    choose('#base', 'not an address');
    expect(control('#base').getAttribute('aria-invalid')).to.equal('true');
    expect(codes()).to.deep.equal(snippet(full(set, 'script', DEFAULT_BASE)).parts.map((p) => p.code));
    choose('#base', DEFAULT_BASE);
    expect(control('#base').getAttribute('aria-invalid')).to.equal('false');

    // Iframe: the preview is the embed with the snippet's parameters.
    control<HTMLInputElement>('#mode-iframe').click();
    expect(codes()).to.deep.equal(snippet(full(set, 'iframe', DEFAULT_BASE)).parts.map((p) => p.code));
    const embed = preview() as HTMLIFrameElement;
    expect(embed.localName).to.equal('iframe');
    const src = new URL(embed.src);
    expect(src.pathname).to.equal('/dist/embed.html');
    expect([...src.searchParams]).to.deep.equal([...embedQuery(set)]);
    await waitUntil(() => rendered(embed.contentDocument?.querySelector(set.tag)), 'the iframe preview did not render', { timeout: 20000 });
    expectShows(embed.contentDocument!.querySelector<HTMLElement>(set.tag)!, set, { embed: true });

    // Server-rendered: the preview is a page with the widget rendered on the server, hydrated by the script.
    control<HTMLInputElement>('#mode-server').click();
    expect(codes()).to.deep.equal(snippet(full(set, 'server', DEFAULT_BASE)).parts.map((p) => p.code));
    const server = preview() as HTMLIFrameElement;
    expect(server.localName).to.equal('iframe');
    await waitUntil(() => server.contentDocument?.querySelector(set.tag)?.shadowRoot && !server.contentDocument.querySelector(set.tag)!.hasAttribute('defer-hydration'), 'the server-rendered preview did not hydrate', { timeout: 20000 });
    expectShows(server.contentDocument!.querySelector<HTMLElement>(set.tag)!, set);

    // An administration narrows the events to its own.
    choose('#period', 'obama');
    const events = [...control<HTMLSelectElement>('#event').options].map((o) => o.value).filter(Boolean);
    expect(events).to.include('libya-referral').and.not.to.include('rome-vote');
    expect(doc.querySelectorAll('#event optgroup')).to.have.length(1);
  });

  it('copies a part with its Copy button, or selects it where the browser does not let it copy', async () => {
    const { doc, control } = await builder('?mode=iframe&widget=icc-summary');
    const status = control('#copy-status');
    expect(status.getAttribute('role')).to.equal('status');
    const parts = [...doc.querySelectorAll('#parts figure')].map((figure) => ({
      button: figure.querySelector<HTMLButtonElement>('.copy')!,
      code: figure.querySelector('pre code')!.textContent!,
      where: figure.querySelector('figcaption')!.textContent!,
    }));
    expect(parts).to.have.length(2);
    const reported = async ({ code, where }: (typeof parts)[number], how: string) => {
      await waitUntil(() => status.textContent, `the Copy button said nothing (${how})`, { timeout: 5000 });
      const said = status.textContent!;
      if (said.startsWith('Copied')) {
        expect(said, how).to.equal(`Copied: ${where}.`);
      } else {
        // The engine refused the clipboard: the code is selected for the reader to copy.
        expect(said, how).to.include('the code is selected');
        expect(doc.getSelection()!.toString(), how).to.equal(code);
      }
      return said;
    };
    // Nothing in the browser is stubbed. A real key press is a reader's gesture, which the clipboard wants:
    parts[0].button.focus();
    await sendKeys({ press: 'Enter' });
    const first = await reported(parts[0], 'key press');
    expect(first, 'a key press copies in every engine we test').to.match(/^Copied/);
  });

  it('selects the code for the reader where the host page does not let it use the clipboard', async () => {
    // The builder framed by a host that denies the clipboard, and a click from script (no reader's gesture):
    // the engine refuses to write, nothing is stubbed.
    const { doc, control } = await builder('?mode=npm', "clipboard-write 'none'");
    const figure = doc.querySelectorAll('#parts figure')[1];
    figure.querySelector<HTMLButtonElement>('.copy')!.click();
    const status = control('#copy-status');
    await waitUntil(() => status.textContent, 'the Copy button said nothing', { timeout: 5000 });
    expect(status.textContent).to.include('the code is selected');
    expect(doc.getSelection()!.toString()).to.equal(figure.querySelector('pre code')!.textContent);
    expect(doc.getSelection()!.toString()).to.equal("import 'icc-widgets/icc-summary.js';");
  });

  it('passes axe, with a widget and with an iframe in the preview', async () => {
    const { frame, doc, control, preview } = await builder();
    // axe runs in the builder's own window. The page enforces Trusted Types, so the script element is made here,
    // where nothing is enforced, and then moved into the page (its CSP allows scripts from this origin).
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
    });
    doc.head.append(script);
    await loaded;
    const { axe } = frame.contentWindow as Window & { axe: Axe };
    const check = async (what: string) => {
      const { violations } = await axe.run(doc, {});
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`), what).to.deep.equal([]);
    };
    await waitUntil(() => rendered(preview().querySelector(WIDGETS[0].tag)), 'the preview did not render', { timeout: 20000 });
    await check('npm mode, the widget in the preview');
    control<HTMLInputElement>('#mode-iframe').click();
    await waitUntil(() => rendered((preview() as HTMLIFrameElement).contentDocument?.querySelector(WIDGETS[0].tag)), 'the iframe preview did not render', { timeout: 20000 });
    await check('iframe mode');
  });
});

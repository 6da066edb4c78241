import { expect, waitUntil } from '@open-wc/testing';

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
    for (const entry of Object.values(pkg.exports) as (string | Record<string, string>)[]) {
      for (const target of typeof entry === 'string' ? [entry] : Object.values(entry)) targets.add(target);
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

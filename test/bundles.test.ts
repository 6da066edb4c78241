import { expect, waitUntil } from '@open-wc/testing';

/**
 * The built files (npm test builds first), loaded the way host pages load
 * them: by tag, on a plain page, in an iframe.
 */
async function openPage(bundles: string): Promise<Window & { recorded: { errors: string[]; warnings: string[] } }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = `/test/fixtures/bundle-page.html?bundles=${bundles}`;
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
      expect(win.recorded.warnings).to.deep.equal([]);
    });
  });
}

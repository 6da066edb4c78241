import { expect, waitUntil } from '@open-wc/testing';

/**
 * The demo article's language switch (demo/demo.js): it offers every shipped
 * language, named in itself, and switching redraws every explainer on the
 * page in that language, the address keeping the choice. Needs the build.
 */
describe('the demo article: language switch', function () {
  this.timeout(60000);

  it('redraws every explainer in the language chosen, right to left for Arabic', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'The demo article';
    frame.width = '1000';
    frame.height = '800';
    frame.src = '/demo/index.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const select = () => doc.querySelector<HTMLSelectElement>('#widget-lang');
      await waitUntil(() => select()?.options.length, 'no language switch');
      // Each named in itself (engines differ only in capitals: "español" or "Español").
      const options = [...select()!.options].map((o) => [o.value, o.textContent!.toLocaleLowerCase(o.value)]);
      expect(options).to.deep.equal([['en', 'english'], ['fr', 'français'], ['es', 'español'], ['ar', 'العربية']]);

      const widgets = [...doc.querySelectorAll('icc-summary, us-icc-position, icc-stance-compare')];
      expect(widgets.length).to.be.greaterThan(2);
      // Those below the first are lazy: the reader scrolls past each.
      for (const el of widgets) {
        el.scrollIntoView();
        await waitUntil(() => el.shadowRoot?.querySelector('.base'), `<${el.localName}> did not render once scrolled to`, { timeout: 20000 });
      }
      for (const lang of ['ar', 'fr']) {
        select()!.value = lang;
        select()!.dispatchEvent(new Event('change'));
        await waitUntil(
          () => widgets.every((w) => w.shadowRoot?.querySelector('.base')?.getAttribute('lang') === lang),
          `not every explainer redrew in ${lang}`,
          { timeout: 20000 },
        );
        for (const w of widgets) expect(w.shadowRoot!.querySelector('.base')!.getAttribute('dir'), w.localName).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(new URL(frame.contentWindow!.location.href).searchParams.get('lang')).to.equal(lang);
      }
    } finally {
      frame.remove();
    }
  });
});

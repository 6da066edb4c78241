import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { WIDGETS } from '../../src/elements/widgets.js';

/**
 * What a reader meets first, with no interaction, in the built bundle on an
 * article page (test/fixtures/article-page.html): each widget's default view
 * fits in 1.6 screens on a phone (390×844, a 358px column) and a desktop
 * (1280×900, a 700px column), and nothing scrolls sideways from a 280px column.
 */
const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];
const MAX_SCREENS = 1.6;

async function article(width: number, height: number): Promise<Document> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src="/test/fixtures/article-page.html" width=${width} height=${height}></iframe>`);
  const rendered = () => {
    const widgets = [...(frame.contentDocument?.querySelectorAll(WIDGETS.map((w) => w.tag).join(', ')) ?? [])];
    return widgets.length === WIDGETS.length && widgets.every((el) => el.shadowRoot?.querySelector('.base'));
  };
  await waitUntil(rendered, 'the article did not render', { timeout: 10000 });
  // Two frames: laid out after the last render.
  await new Promise((r) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(r)));
  return frame.contentDocument!;
}

describe('the first screen of each widget', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const { name, width, height } of SCREENS) {
    it(`fits in ${MAX_SCREENS} screens on a ${name} (${width}×${height})`, async function () {
      this.timeout(30000);
      const doc = await article(width, height);
      const heights = Object.fromEntries(WIDGETS.map(({ tag }) => [tag, Math.round(doc.querySelector(tag)!.getBoundingClientRect().height)]));
      for (const [tag, px] of Object.entries(heights)) {
        expect(px, `${tag}: ${px}px tall by default (${JSON.stringify(heights)})`).to.be.at.most(MAX_SCREENS * height);
      }
    });
  }

  it('scrolls nothing sideways in a 280px column', async function () {
    this.timeout(30000);
    const doc = await article(312, 800);
    for (const { tag } of WIDGETS) {
      const el = doc.querySelector(tag)!;
      expect(el.getBoundingClientRect().width, `${tag}: column width`).to.equal(280);
      expect(el.scrollWidth, `${tag}: content wider than its column`).to.be.at.most(el.clientWidth);
      const base = el.shadowRoot!.querySelector('.base') as HTMLElement;
      expect(base.scrollWidth, `${tag}: inner content wider than the widget`).to.be.at.most(base.clientWidth);
    }
    expect(doc.documentElement.scrollWidth, 'the page').to.be.at.most(doc.documentElement.clientWidth);
  });
});

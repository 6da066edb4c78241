import { expect } from '@open-wc/testing';
import { LANGUAGES } from '../../src/i18n/index.js';
import { applyTextSpacing, realWidgets } from '../fixtures/real-widgets.js';

/**
 * 400% reflow (a 1280px window at 400% is 320 CSS px wide) and 200% zoom
 * (640 px), in every language, with WCAG 1.4.12 text spacing applied and
 * everything opened: nothing scrolls sideways and no chart label is cut off.
 */

const shadow = (el: Element) => el.shadowRoot!;

/** Opens what each widget keeps closed: every part, every event and the reasons, every comparison row. */
async function openEverything(el: Element): Promise<void> {
  const closed = 'button.toggle[aria-expanded="false"], button.more[aria-expanded="false"], .part button[aria-expanded="false"]';
  for (const button of shadow(el).querySelectorAll<HTMLButtonElement>(closed)) button.click();
  for (const details of shadow(el).querySelectorAll('details')) details.open = true;
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

for (const lang of LANGUAGES) {
  for (const width of [320, 640]) {
    it(`in ${lang} at ${width}px, opened and with text spacing, nothing scrolls sideways and no chart label is cut`, async function () {
      this.timeout(20000);
      const widgets = await realWidgets(lang, `${width}px`);
      for (const el of widgets) {
        applyTextSpacing(el);
        await openEverything(el);
      }
      // Laid out, observed, refitted (the chart refits to its labels a frame after a resize), laid out again.
      for (let i = 0; i < 3; i++) await new Promise(requestAnimationFrame);
      for (const el of widgets) {
        const base = shadow(el).querySelector<HTMLElement>('.base')!;
        expect(el.getBoundingClientRect().width, `<${el.localName}> fills the column`).to.equal(width);
        expect(base.scrollWidth, `<${el.localName}>: content wider than the widget`).to.be.at.most(base.clientWidth);
        for (const scroller of shadow(el).querySelectorAll<HTMLElement>('*')) {
          const { overflowX } = getComputedStyle(scroller);
          // A tab strip may scroll on purpose (its tabs stay reachable by arrows); nothing else may.
          if ((overflowX === 'auto' || overflowX === 'scroll') && scroller.getAttribute('role') !== 'tablist') {
            expect(scroller.scrollWidth, `<${el.localName}> ${scroller.localName}.${scroller.className} scrolls sideways`).to.be.at.most(scroller.clientWidth + 1);
          }
        }
      }
      const chart = widgets[1];
      const { left, right } = widgets[0].parentElement!.getBoundingClientRect();
      for (const tick of shadow(chart).querySelectorAll<SVGTextElement>('svg .tick')) {
        const box = tick.getBoundingClientRect();
        if (!box.width) continue; // the narrow layout shows the table instead of the chart
        expect(box.left, tick.textContent!).to.be.at.least(left - 1);
        expect(box.right, tick.textContent!).to.be.at.most(right + 1);
      }
    });
  }
}

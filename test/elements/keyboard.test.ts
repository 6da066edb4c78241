import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/icc-summary/define.js';
import '../../src/elements/us-icc-position/define.js';
import '../../src/elements/icc-stance-compare/define.js';
import { LANGUAGES } from '../../src/i18n/index.js';
import { pageStore } from '../../src/state/page-stores.js';
import { bundledContentUrl } from '../../src/bundled-content.js';

/**
 * A keyboard reader's walk through each widget with the real review in each
 * language, with nothing but Tab, the arrows, Enter and Space: every stop
 * shows where focus is, each control does what its APG pattern says (in
 * Arabic the left arrow goes forward), and a followed citation leads back.
 */

const shadow = (el: Element) => el.shadowRoot!;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
let groups = 0;

async function widget(tag: string, lang: string): Promise<HTMLElement> {
  const group = `keyboard-${++groups}`;
  await pageStore(group).load(bundledContentUrl(lang));
  const wrapper = await fixture(html`<div lang=${lang} style="inline-size: 700px">
    <button id="before">Before</button>${document.createRange().createContextualFragment(`<${tag} group="${group}"></${tag}>`)}
  </div>`);
  const el = wrapper.querySelector<HTMLElement>(tag)!;
  await waitUntil(() => shadow(el).querySelector('.base [role="tab"], .base .part button'), `<${tag} lang=${lang}> did not render`, { timeout: 15000 });
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  return el;
}

const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;

/** Focus is drawn: an outline or a ring a sighted keyboard reader can see. */
function expectVisibleFocus(node: HTMLElement): void {
  const style = getComputedStyle(node);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  expect(outline || style.boxShadow !== 'none', `focus not drawn on ${node.localName} "${clean(node.textContent).slice(0, 30)}"`).to.equal(true);
}

/** WebKit runs through WebDriver here, whose key command takes no held keys but takes a chord. */
const webDriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);

async function shiftTab(): Promise<void> {
  if (webDriver) return void (await sendKeys({ press: '\uE008\uE004' })); // WebDriver's Shift and Tab
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Presses Tab until the focused control inside `el` matches `selector`, checking each stop on the way. */
async function tabTo<T extends HTMLElement = HTMLElement>(el: Element, selector: string, shift = false): Promise<T> {
  for (let i = 0; i < 40; i++) {
    await (shift ? shiftTab() : sendKeys({ press: 'Tab' }));
    const node = focused(el);
    expect(node, 'focus left the widget').to.not.equal(null);
    expectVisibleFocus(node!);
    if (node!.matches(selector)) return node as T;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Follows the first citation in `block` by keyboard and comes back to it. */
async function followCitationAndReturn(el: Element): Promise<void> {
  const link = await tabTo<HTMLAnchorElement>(el, 'a.cite');
  await sendKeys({ press: 'Enter' });
  // The list draws its items once open: the source is there when focus is.
  await waitUntil(() => focused(el)?.id === link.hash.slice(1), 'the citation did not lead to its source');
  expect(shadow(el).querySelector<HTMLDetailsElement>('details.sources')!.open, 'the list of sources opened').to.equal(true);
  const back = await tabTo(el, 'button.back', true);
  expect(back.hidden).to.equal(false);
  await sendKeys({ press: 'Enter' });
  expect(focused(el), 'back at the citation').to.equal(link);
}

for (const lang of LANGUAGES) {
  const forward = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';

  describe(`a keyboard walk in ${lang}`, function () {
    this.timeout(30000);

    it('<icc-summary>: opens a part, follows a citation in it, comes back', async () => {
      const el = await widget('icc-summary', lang);
      const part = await tabTo(el, '.part button[aria-expanded="false"]');
      const panel = shadow(el).getElementById(part.getAttribute('aria-controls')!)!;
      const before = panel.getBoundingClientRect().height;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part.getAttribute('aria-expanded') === 'true', 'Enter did not open the part');
      expect(panel.getBoundingClientRect().height, 'the whole part shows').to.be.greaterThan(before);
      await followCitationAndReturn(el);
      part.focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => part.getAttribute('aria-expanded') === 'false', 'Space did not close the part');
    });

    it(`<us-icc-position>: the ${forward === 'ArrowLeft' ? 'left' : 'right'} arrow moves to the next administration and shows it; an event opens`, async () => {
      const el = await widget('us-icc-position', lang);
      const tab = await tabTo(el, '[role="tab"]');
      const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')];
      const next = tabs[(tabs.indexOf(tab) + 1) % tabs.length];
      await sendKeys({ press: forward });
      expect(focused(el)).to.equal(next);
      await waitUntil(() => next.getAttribute('aria-selected') === 'true', 'the arrow did not select (automatic activation)');
      expect(shadow(el).querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal(next.id);
      expectVisibleFocus(next);
      const event = await tabTo(el, '.event button[aria-expanded="false"]');
      const detail = shadow(el).getElementById(event.getAttribute('aria-controls')!)!;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => event.getAttribute('aria-expanded') === 'true' && !detail.hidden, 'Enter did not open the event');
      expect(clean(detail.textContent).length).to.be.greaterThan(20);
    });

    it('<icc-stance-compare>: the arrows only move focus; Enter picks the issue; its sources follow', async () => {
      const el = await widget('icc-stance-compare', lang);
      const tab = await tabTo(el, '[role="tab"]');
      expect(tab.getAttribute('aria-selected')).to.equal('true');
      const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')];
      await sendKeys({ press: forward });
      const next = tabs[(tabs.indexOf(tab) + 1) % tabs.length];
      expect(focused(el)).to.equal(next);
      expectVisibleFocus(next);
      expect(next.getAttribute('aria-selected'), 'manual activation: passing over selects nothing').to.equal('false');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => next.getAttribute('aria-selected') === 'true', 'Enter did not select');
      expect(shadow(el).querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).to.equal(next.id);
      await followCitationAndReturn(el);
    });
  });
}

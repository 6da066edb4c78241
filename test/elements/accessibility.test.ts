import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/icc-stance-compare/define.js';
import '../../src/elements/us-icc-position/define.js';
import '../../src/elements/icc-summary/define.js';
import type { IccStanceCompare } from '../../src/elements/icc-stance-compare/icc-stance-compare.js';
import { pageStore } from '../../src/state/page-stores.js';
import { bundledContentUrl } from '../../src/bundled-content.js';
import { sampleContent } from '../fixtures/content.js';
import { inForcedColors } from '../fixtures/media.js';
import { applyTextSpacing, realWidgets } from '../fixtures/real-widgets.js';
import { LANGUAGES } from '../../src/i18n/index.js';

/**
 * What a keyboard or screen-reader user meets beyond axe's rules: region names
 * unique on the page, a word when another widget changes this one, and
 * citations that neither trap the Tab key nor strand the reader in the list.
 */

/** The sample review with a second issue, whose meeting point cites two sources. */
function content() {
  const doc = sampleContent();
  doc.issues.push({ id: 'deals', title: 'Deals', status: 'partly-aligned',
    us: { text: 'US deals text.', sources: ['order'] },
    icc: { text: 'ICC deals text.', sources: ['statute'] },
    meeting: { text: 'They meet on wording.', sources: ['statute', 'press'] } });
  return doc;
}

let groups = 0;
function group(): string {
  const name = `a11y-test-${++groups}`;
  pageStore(name).setContent(content());
  return name;
}

const shadow = (el: Element) => el.shadowRoot!;
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const rendered = (el: Element) => waitUntil(() => shadow(el).querySelector('#title'), `<${el.localName}> did not render`);

/** A region's name as aria-labelledby builds it: the referenced elements' text, in order (hidden ones too). */
function regionName(el: Element): string {
  const region = shadow(el).querySelector('.base')!;
  const ids = region.getAttribute('aria-labelledby')!.split(/\s+/);
  return clean(ids.map((id) => shadow(el).getElementById(id)?.textContent).join(' '));
}

describe('accessibility beyond the rules', () => {
  it('gives two copies of a widget on one page distinct region names', async () => {
    const g = group();
    const wrapper = await fixture(html`<div>
      <icc-stance-compare group=${g}></icc-stance-compare><icc-stance-compare group=${g}></icc-stance-compare>
    </div>`);
    const [first, second] = wrapper.querySelectorAll('icc-stance-compare');
    await rendered(first);
    await rendered(second);
    await waitUntil(() => regionName(second) !== regionName(first), 'the copies share one name');
    const title = clean(shadow(first).querySelector('#title')!.textContent);
    expect(regionName(first)).to.equal(title);
    expect(regionName(second)).to.equal(`${title} (copy 2)`);
  });

  it('says politely in one widget what a choice made in another changed, and nothing in the one chosen in', async () => {
    const g = group();
    const wrapper = await fixture(html`<div>
      <icc-stance-compare group=${g}></icc-stance-compare><us-icc-position group=${g}></us-icc-position>
    </div>`);
    const compare = wrapper.querySelector('icc-stance-compare')!;
    const position = wrapper.querySelector('us-icc-position')!;
    await rendered(compare);
    await rendered(position);
    const status = (el: Element) => shadow(el).querySelector('[role="status"]')!;
    // The live region is there before anything changes, or screen readers would not hear the change.
    expect(status(position).textContent).to.equal('');
    const tab = [...shadow(compare).querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => t.getAttribute('aria-selected') !== 'true')!;
    const issueTitle = content().issues.find((i) => tab.textContent!.includes(i.title))!.title;
    tab.click();
    await waitUntil(() => status(position).textContent, 'the position widget said nothing');
    expect(clean(status(position).textContent)).to.equal(`Now showing the issue: ${issueTitle}.`);
    expect(clean(status(compare).textContent), 'the widget the reader used').to.equal('');
  });

  it('makes a block of citations one Tab stop, moves among them with the arrow keys, and leads back from the sources', async () => {
    const g = group();
    const el = await fixture<IccStanceCompare>(html`<icc-stance-compare group=${g} issue="deals"></icc-stance-compare>`);
    await rendered(el);
    // "They meet on wording." cites two sources in one table cell.
    const cell = [...shadow(el).querySelectorAll('td')].find((td) => td.querySelectorAll('a.cite').length > 1)!;
    const [first, second] = cell.querySelectorAll<HTMLAnchorElement>('a.cite');
    expect([first.tabIndex, second.tabIndex]).to.deep.equal([0, -1]);
    const stops = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a.cite')].filter((a) => a.tabIndex === 0);
    const blocks = new Set([...shadow(el).querySelectorAll('a.cite')].map((a) => a.closest('p, li, td, th, dd')));
    expect(stops.length, 'one stop per block').to.equal(blocks.size);

    first.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(shadow(el).activeElement).to.equal(second);
    expect([first.tabIndex, second.tabIndex], 'the block keeps one stop, where the reader left it').to.deep.equal([-1, 0]);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).activeElement?.id === second.hash.slice(1), 'following the citation did not reach its source');
    const back = shadow(el).querySelector<HTMLButtonElement>('.sources button.back')!;
    expect(back.hidden).to.be.false;
    expect(clean(back.textContent)).to.equal('Back to the text');
    back.click();
    expect(shadow(el).activeElement, 'back at the citation followed').to.equal(second);
    expect(back.hidden).to.be.true;

    // Another issue, whose meeting point cites one source: its one mark is the cell's stop, wherever the reader left the last.
    shadow(el).querySelector<HTMLButtonElement>('[role="tab"]')!.click();
    await el.updateComplete;
    expect([...shadow(el).querySelectorAll<HTMLAnchorElement>('td.meeting a.cite')].map((a) => a.tabIndex)).to.deep.equal([0]);
  });

  it('keeps every chart label whole under WCAG text spacing (1.4.12)', async () => {
    const name = `a11y-test-${++groups}`;
    await pageStore(name).load(bundledContentUrl('en'));
    const wrapper = await fixture(html`<div style="inline-size: 700px; margin-inline: 48px">
      <us-icc-position group=${name}></us-icc-position>
    </div>`);
    const el = wrapper.querySelector('us-icc-position')!;
    await waitUntil(() => shadow(el).querySelector('svg .tick'), 'no chart');
    applyTextSpacing(el);
    await new Promise(requestAnimationFrame);
    const svg = shadow(el).querySelector('svg')!;
    // Whatever the labels need beyond the drawing is shown, not cut: nothing between them and the page clips.
    for (const box of [svg, shadow(el).querySelector('.chart')!, shadow(el).querySelector('.base')!, el]) {
      expect(getComputedStyle(box).overflow, box.localName).to.equal('visible');
    }
    for (const tick of shadow(el).querySelectorAll<SVGTextElement>('svg .tick')) {
      expect(tick.getBoundingClientRect().left, clean(tick.textContent)).to.be.at.least(0);
    }
  });

  it('keeps one Tab stop per block of citations in every widget, through a reader\'s choices', async () => {
    const name = `a11y-test-${++groups}`;
    await pageStore(name).load(bundledContentUrl('en'));
    const wrapper = await fixture(html`<div style="inline-size: 700px">
      <icc-summary group=${name}></icc-summary><us-icc-position group=${name}></us-icc-position><icc-stance-compare group=${name}></icc-stance-compare>
    </div>`);
    const widgets = [...wrapper.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    const compare = widgets[2];
    await waitUntil(() => widgets.every((el) => shadow(el).querySelector('a.cite')), 'no citations');
    /** Blocks of citations whose number of Tab stops is not one, by widget. */
    const wrong = () => widgets.flatMap((el) => {
      const blocks = new Map<Element, number>();
      for (const link of shadow(el).querySelectorAll<HTMLAnchorElement>('a.cite')) {
        const block = link.closest('p, li, td, th, dd')!;
        blocks.set(block, (blocks.get(block) ?? 0) + (link.tabIndex === 0 ? 1 : 0));
      }
      return [...blocks].filter(([, stops]) => stops !== 1).map(([block, stops]) => `<${el.localName}> ${stops} stops: ${clean(block.textContent).slice(0, 40)}`);
    });
    expect(wrong(), 'as drawn').to.deep.equal([]);
    const tabs = [...shadow(compare).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    for (const tab of tabs) {
      tab.click();
      await Promise.all(widgets.map((el) => el.updateComplete));
      expect(wrong(), tab.textContent!).to.deep.equal([]);
    }
  });

  for (const tag of ['icc-summary', 'us-icc-position', 'icc-stance-compare']) {
    it(`lets a keyboard reader cross <${tag}> with the real review in a handful of Tab stops`, async () => {
      const name = `a11y-test-${++groups}`;
      await pageStore(name).load(bundledContentUrl('en'));
      const wrapper = await fixture(html`<div style="inline-size: 700px">
        <button id="before">Before</button>${document.createRange().createContextualFragment(`<${tag} group="${name}"></${tag}>`)}<button id="after">After</button>
      </div>`);
      const el = wrapper.querySelector(tag)!;
      await waitUntil(() => shadow(el).querySelector('.base'), 'no widget');
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      let stops = 0;
      while (document.activeElement === el && stops < 100) {
        stops++;
        await sendKeys({ press: 'Tab' });
      }
      expect(document.activeElement?.id, 'focus left the widget forward').to.equal('after');
      expect(stops, 'Tab stops inside the widget').to.be.within(3, 15);
    });
  }

  for (const width of ['280px', '700px']) {
    it(`gives every control a target of at least 24 by 24 px at ${width} (links inside sentences excepted, as WCAG 2.5.8 allows)`, async () => {
      const widgets = await realWidgets('en', width);
      const small: string[] = [];
      let checked = 0;
      for (const el of widgets) {
        for (const control of shadow(el).querySelectorAll<HTMLElement>('button, summary, [role="tab"], input, select')) {
          const box = control.getBoundingClientRect();
          if (!box.width) continue; // not shown at this width
          checked++;
          if (box.width < 24 || box.height < 24) small.push(`<${el.localName}> ${control.localName} "${clean(control.textContent).slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`);
        }
      }
      expect(checked).to.be.greaterThan(10);
      expect(small).to.deep.equal([]);
    });
  }

  for (const lang of LANGUAGES) {
    it(`keeps every control visible and the chosen tab told apart in forced colours (${lang})`, async function () {
      this.timeout(20000);
      const widgets = await realWidgets(lang);
      await inForcedColors(widgets[1], () => {
        for (const el of widgets) {
          for (const control of shadow(el).querySelectorAll<HTMLElement>('button:not([hidden]), summary, [role="tab"]')) {
            const style = getComputedStyle(control);
            if (!control.getBoundingClientRect().width) continue;
            expect(style.color, `<${el.localName}> ${clean(control.textContent).slice(0, 30)}: text in the background's colour`).not.to.equal(style.backgroundColor);
          }
          const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')];
          if (!tabs.length) continue;
          const look = (tab: HTMLElement) => {
            const s = getComputedStyle(tab);
            return [s.borderColor, s.boxShadow, s.backgroundColor, s.fontWeight, s.textDecorationLine, s.outlineStyle].join(' | ');
          };
          const chosen = tabs.find((t) => t.getAttribute('aria-selected') === 'true')!;
          const other = tabs.find((t) => t !== chosen)!;
          expect(look(chosen), `<${el.localName}>: the chosen tab looks like the others`).not.to.equal(look(other));
        }
      });
    });
  }

  it('stops every transition and animation when the reader asks for reduced motion', async function () {
    this.timeout(20000);
    const widgets = await realWidgets('en');
    // Every element and its ::before and ::after: what still moves.
    const moving = () => widgets.flatMap((el) => [...shadow(el).querySelectorAll('*')]).flatMap((node) => [null, '::before', '::after']
      .map((pseudo) => ({ what: `${node.localName}${pseudo ?? ''}`, style: getComputedStyle(node, pseudo) }))
      .filter(({ style }) => style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) || (style.animationName !== 'none' && parseFloat(style.animationDuration) > 0))
      .map(({ what }) => what));
    expect(moving().length, 'the widgets animate something (else this test proves nothing)').to.be.greaterThan(0);
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      // WebDriver cannot emulate it: the styles must still carry the rule.
      const rules = widgets.flatMap((el) => shadow(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]));
      expect(rules.some((rule) => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion'))).to.equal(true);
      return;
    }
    try {
      expect(moving()).to.deep.equal([]);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

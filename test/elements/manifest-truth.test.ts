import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { WIDGETS } from '../../src/elements/widgets.js';
import { pageStore } from '../../src/state/page-stores.js';
import { bundledContentUrl } from '../../src/bundled-content.js';

/**
 * dist/custom-elements.json against the elements themselves: the parts a
 * widget draws (in every state: everything opened, a choice made, a failure),
 * the CSS custom properties its styles read and the attributes it observes
 * are exactly those the manifest documents, each with a description. Wrapper
 * generators, editors and the framework types are made from this manifest.
 */

interface Documented { name: string; description?: string }
interface Declaration { tagName?: string; attributes?: Documented[]; cssParts?: Documented[]; cssProperties?: Documented[] }

let declarations: Declaration[];
before(async () => {
  const manifest = await (await fetch('/dist/custom-elements.json')).json();
  declarations = manifest.modules.flatMap((mod: { declarations?: Declaration[] }) => mod.declarations ?? []);
});
const documented = (tag: string, key: 'attributes' | 'cssParts' | 'cssProperties') => {
  const list = declarations.find((d) => d.tagName === tag)?.[key] ?? [];
  for (const item of list) expect(item.description, `${tag} ${key} ${item.name}: a description`).to.be.a('string').and.not.empty;
  return list.map((item) => item.name).sort();
};

const shadow = (el: Element) => el.shadowRoot!;
let groups = 0;

/** Every part name drawn in the widget's shadow root. */
const partsIn = (el: Element) => [...shadow(el).querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/));

/** Opens every closed thing, chooses an issue and an event, and collects the parts on the way. */
async function partsInEveryState(tag: string): Promise<Set<string>> {
  const group = `manifest-${++groups}`;
  await pageStore(group).load(bundledContentUrl('en'));
  const wrapper = await fixture(html`<div style="inline-size: 700px">${document.createRange().createContextualFragment(`<${tag} group="${group}"></${tag}>`)}</div>`);
  const el = wrapper.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  await waitUntil(() => shadow(el).querySelector('.base'), `<${tag}> did not render`);
  const parts = new Set(partsIn(el));
  const content = pageStore(group).content!;
  // The event with the most related issues: it marks related events in every widget.
  const event = [...content.timeline].sort((a, b) => (b.issues?.length ?? 0) - (a.issues?.length ?? 0))[0];
  pageStore(group).select({ issue: event.issues![0], period: event.administration, event: event.id });
  await el.updateComplete;
  for (const button of shadow(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]')) button.click();
  for (const details of shadow(el).querySelectorAll('details')) details.open = true;
  await el.updateComplete;
  partsIn(el).forEach((part) => parts.add(part));
  // A failure: the notice and the empty state.
  const failing = await fixture(html`<div>${document.createRange().createContextualFragment(`<${tag} src="/test-network/missing.json"></${tag}>`)}</div>`);
  const broken = failing.firstElementChild!;
  await waitUntil(() => shadow(broken).querySelector('[part~="error"]'), `<${tag}> showed no failure`, { timeout: 15000 });
  partsIn(broken).forEach((part) => parts.add(part));
  return parts;
}

/** The custom properties the element's own styles read. */
function propertiesRead(tag: string): string[] {
  const styles = (customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] }).elementStyles;
  const names = styles.flatMap((style) => [...style.cssText.matchAll(/var\(\s*(--icc-[\w-]+)/g)].map((m) => m[1]));
  return [...new Set(names)].sort();
}

describe('the manifest tells the truth about each element', () => {
  for (const { tag } of WIDGETS) {
    it(`<${tag}>: its parts, in every state`, async function () {
      this.timeout(30000);
      expect([...await partsInEveryState(tag)].sort()).to.deep.equal(documented(tag, 'cssParts'));
    });
  }

  for (const tag of [...WIDGETS.map((w) => w.tag), 'icc-review']) {
    it(`<${tag}>: the custom properties its styles read`, () => {
      expect(propertiesRead(tag)).to.deep.equal(documented(tag, 'cssProperties'));
    });

    it(`<${tag}>: the attributes it observes`, () => {
      // defer-hydration belongs to Lit's server rendering, not to this element's API.
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes.filter((name) => name !== 'defer-hydration');
      expect([...new Set(observed)].sort()).to.deep.equal(documented(tag, 'attributes'));
    });
  }
});

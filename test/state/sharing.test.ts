import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { IccReview } from '../../src/elements/icc-review/icc-review.js';
import type { IccSummary } from '../../src/elements/icc-summary/icc-summary.js';
import { pageStore } from '../../src/state/page-stores.js';
import { sampleContent } from '../fixtures/content.js';
import { realWidgets } from '../fixtures/real-widgets.js';

let n = 0;
const unique = (name: string) => `${name}-${++n}`;

/** A content document served by the browser itself, with a recognisable title. */
function contentUrl(title: string): string {
  const content = sampleContent();
  content.meta.title = title;
  return URL.createObjectURL(new Blob([JSON.stringify(content)], { type: 'application/json' }));
}

/** A page-level group whose store already holds content with this title. */
function groupTitled(title: string): string {
  const group = unique('group');
  const content = sampleContent();
  content.meta.title = title;
  pageStore(group).setContent(content);
  return group;
}

const titleOf = (el: IccSummary) => el.shadowRoot!.querySelector('#title')?.textContent;
const settle = (...els: IccSummary[]) => waitUntil(() => els.every((el) => titleOf(el)), 'widgets did not render');

describe('shared state', () => {
  it('gives widgets nested in an <icc-review> the provider\'s review and selection', async () => {
    const root = await fixture(html`<div>
      <icc-review src=${contentUrl('Provided review')} issue="jurisdiction">
        <section><icc-summary></icc-summary></section>
      </icc-review>
    </div>`);
    const summary = root.querySelector('icc-summary')!;
    await waitUntil(() => titleOf(summary) === 'Provided review', 'provider content did not arrive');
    expect(summary.issue).to.equal('jurisdiction');
    expect(summary.getAttribute('issue')).to.equal('jurisdiction');
  });

  it('shares a selection between sibling widgets in separate blocks through the page store', async () => {
    const group = groupTitled('Page review');
    const root = await fixture(html`<article>
      <div class="cms-block"><icc-summary group=${group}></icc-summary></div>
      <p>Host prose between the blocks.</p>
      <div class="cms-block"><icc-summary group=${group} variant="compact"></icc-summary></div>
    </article>`);
    const [first, second] = root.querySelectorAll('icc-summary');
    await settle(first, second);
    first.issue = 'jurisdiction';
    await first.updateComplete;
    await second.updateComplete;
    expect(second.issue).to.equal('jurisdiction');
    expect(second.getAttribute('issue')).to.equal('jurisdiction');
    expect(pageStore(group).selection.issue).to.equal('jurisdiction');
  });

  it('keeps two groups on one page independent', async () => {
    const a = groupTitled('Review A');
    const b = groupTitled('Review B');
    const root = await fixture(html`<div><icc-summary group=${a}></icc-summary><icc-summary group=${b}></icc-summary></div>`);
    const [first, second] = root.querySelectorAll('icc-summary');
    await settle(first, second);
    expect([titleOf(first), titleOf(second)]).to.deep.equal(['Review A', 'Review B']);
    first.period = 'adm-a';
    await first.updateComplete;
    await second.updateComplete;
    expect(second.period).to.equal(undefined);
    expect(pageStore(b).selection.period).to.equal(undefined);
  });

  it('uses the enclosing provider, whatever the page-level group holds', async () => {
    const group = groupTitled('Page-level review');
    pageStore(group).select({ issue: 'page-issue' });
    const root = await fixture(html`<icc-review src=${contentUrl('Provider wins')}>
      <icc-summary group=${group}></icc-summary>
    </icc-review>`);
    const summary = root.querySelector('icc-summary')!;
    await waitUntil(() => titleOf(summary) === 'Provider wins', 'provider content did not arrive');
    expect(summary.issue).to.equal(undefined);
  });

  it('switches a widget to a provider that is defined after the widget', async () => {
    const tag = unique('late-review');
    const root = await fixture(html`<div></div>`);
    const provider = document.createElement(tag);
    provider.setAttribute('src', contentUrl('Late provider'));
    const summary = document.createElement('icc-summary');
    summary.setAttribute('group', groupTitled('Before the provider'));
    provider.append(summary);
    root.append(provider);
    await settle(summary);
    expect(titleOf(summary)).to.equal('Before the provider');
    customElements.define(tag, class extends IccReview {});
    await waitUntil(() => titleOf(summary) === 'Late provider', 'the widget did not switch to the late provider');
  });

  it('follows a widget moved to another group or another provider', async () => {
    const a = groupTitled('Group A');
    const b = groupTitled('Group B');
    pageStore(b).select({ period: 'adm-b' });
    const root = await fixture(html`<div>
      <icc-summary group=${a}></icc-summary>
      <icc-review id="one" src=${contentUrl('Provider one')}></icc-review>
      <icc-review id="two" src=${contentUrl('Provider two')}></icc-review>
    </div>`);
    const summary = root.querySelector('icc-summary')!;
    await settle(summary);
    summary.setAttribute('group', b);
    await waitUntil(() => titleOf(summary) === 'Group B', 'did not follow the new group');
    await summary.updateComplete;
    expect(summary.period).to.equal('adm-b');

    root.querySelector('#one')!.append(summary);
    await waitUntil(() => titleOf(summary) === 'Provider one', 'did not follow into the first provider');
    root.querySelector('#two')!.append(summary);
    await waitUntil(() => titleOf(summary) === 'Provider two', 'did not follow into the second provider');
  });

  it('returns a widget taken out of a provider to its page-level store', async () => {
    const group = groupTitled('Back on the page');
    const root = await fixture(html`<div>
      <icc-review src=${contentUrl('Inside the provider')}><icc-summary group=${group}></icc-summary></icc-review>
    </div>`);
    const summary = root.querySelector('icc-summary')!;
    await waitUntil(() => titleOf(summary) === 'Inside the provider', 'provider content did not arrive');
    root.append(summary);
    await waitUntil(() => titleOf(summary) === 'Back on the page', 'did not return to the page-level store');
    summary.issue = 'jurisdiction';
    await summary.updateComplete;
    expect(pageStore(group).selection.issue).to.equal('jurisdiction');
    expect((root.querySelector('icc-review') as IccReview).issue).to.equal(undefined);
  });

  it('takes a preselection from attributes and reflects later selections back', async () => {
    const group = groupTitled('Preselected');
    const root = await fixture(html`<div>
      <icc-summary group=${group} issue="jurisdiction" period="adm-a"></icc-summary>
      <icc-summary group=${group}></icc-summary>
    </div>`);
    const [first, second] = root.querySelectorAll('icc-summary');
    await settle(first, second);
    expect(pageStore(group).selection).to.deep.include({ issue: 'jurisdiction', period: 'adm-a' });
    expect(second.getAttribute('period')).to.equal('adm-a');

    pageStore(group).select({ period: 'adm-b', event: 'e-order' });
    await first.updateComplete;
    expect(first.getAttribute('period')).to.equal('adm-b');
    expect(first.getAttribute('event')).to.equal('e-order');

    second.removeAttribute('issue');
    await second.updateComplete;
    expect(pageStore(group).selection.issue).to.equal(undefined);
    await first.updateComplete;
    expect(first.hasAttribute('issue')).to.equal(false);
  });

  it('lets the provider\'s own attributes preselect for the widgets inside', async () => {
    const root = await fixture(html`<icc-review src=${contentUrl('Provider preselect')} period="adm-b">
      <icc-summary></icc-summary>
    </icc-review>`);
    const summary = root.querySelector('icc-summary')!;
    await waitUntil(() => titleOf(summary) === 'Provider preselect', 'provider content did not arrive');
    expect(summary.period).to.equal('adm-b');
    (root as IccReview).period = 'adm-a';
    await (root as IccReview).updateComplete;
    await summary.updateComplete;
    expect(summary.getAttribute('period')).to.equal('adm-a');
  });

  it('reports a dead provider source from the provider, keeping the fallback text', async () => {
    const root = await fixture(html`<icc-review src="/test/fixtures/missing-content.json">
      <icc-summary><p id="fallback">Fallback text.</p></icc-summary>
    </icc-review>`);
    const errored = new Promise<CustomEvent>((resolve) => root.addEventListener('icc-error', (e) => resolve(e as CustomEvent), { once: true }));
    const event = await errored;
    expect(event.detail.message).to.include('404');
    expect(root.querySelector<HTMLElement>('#fallback')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('a reader\'s choice', () => {
  /** How many times each widget draws while `act` runs and the page settles. */
  async function drawsDuring(widgets: HTMLElement[], act: () => void): Promise<number[]> {
    const counts = widgets.map(() => 0);
    const restore = widgets.map((w, i) => {
      const el = w as HTMLElement & { render(): unknown };
      const render = el.render;
      el.render = function (this: typeof el) {
        counts[i]++;
        return render.call(this);
      };
      return () => (el.render = render);
    });
    act();
    await Promise.all(widgets.map((w) => (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 100));
    restore.forEach((r) => r());
    return counts;
  }

  it('redraws every widget of the group once, not more, for an issue or a period', async () => {
    const widgets = await realWidgets();
    const [, position, compare] = widgets;
    const issueTab = compare.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[2];
    expect(await drawsDuring(widgets, () => issueTab.click()), 'an issue chosen in the comparison').to.deep.equal([1, 1, 1]);
    const periodTab = position.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')[1];
    expect(await drawsDuring(widgets, () => periodTab.click()), 'a period chosen in the timeline').to.deep.equal([1, 1, 1]);
  });
});

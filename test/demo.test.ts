import { expect, waitUntil } from '@open-wc/testing';

/**
 * The demo page (npm start) as a reader uses it: three widgets in separate
 * article blocks, plus an independent group. Needs the build (npm test builds).
 */
describe('the demo page', () => {
  it('lets a selection in one block move the others, and not the second group', async function () {
    this.timeout(60000);
    const frame = document.createElement('iframe');
    frame.src = '/demo/index.html';
    frame.width = '1100';
    frame.height = '900';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const root = (selector: string) => doc.querySelector(selector)!.shadowRoot!;
    const drawn = (el: Element) => !!el.shadowRoot?.querySelector('[role="heading"]');
    const widgets = [...doc.querySelectorAll('.cms-block > *')];
    await waitUntil(() => drawn(widgets[0]), 'the first widget did not render', { timeout: 20000 });
    // The blocks below the first are lazy: they wait for the reader to scroll near them.
    expect(widgets.slice(1).map(drawn), 'far below the first screen').to.deep.equal([false, false]);
    for (const el of widgets.slice(1)) {
      el.scrollIntoView();
      await waitUntil(() => drawn(el), `<${el.localName}> did not render once scrolled to`, { timeout: 20000 });
    }

    const compare = root('.cms-block icc-stance-compare');
    const tab = [...compare.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent!.includes('Afghanistan'))!;
    tab.click();
    await waitUntil(() => root('.cms-block icc-summary').querySelector('p.related'), 'the summary did not mark the related paragraphs');

    expect(doc.querySelector('.cms-block us-icc-position')!.getAttribute('issue')).to.equal('afghanistan');
    expect(doc.querySelector('.cms-block icc-summary')!.getAttribute('issue')).to.equal('afghanistan');
    // The sidebar group keeps its own preselected issue.
    const sidebar = doc.querySelector('#second-group icc-stance-compare')!;
    expect(sidebar.getAttribute('issue')).to.equal('article-98');
    sidebar.scrollIntoView();
    await waitUntil(() => drawn(sidebar), 'the second group\'s comparison did not render once scrolled to', { timeout: 20000 });
    expect(root('#second-group icc-stance-compare').querySelector('caption')!.textContent).to.include('Article 98');
    // The host page heard the selection.
    expect(doc.querySelector('.event-log li')!.textContent).to.equal('icc-stance-compare selected issue “afghanistan”');
  });
});

import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/elements/register.js';
import { VERSION } from '../../src/version.js';
import { IccSummary } from '../../src/elements/icc-summary/icc-summary.js';
import '../../src/define.js';

/** Runs fn and returns what it wrote to console.warn. */
function warningsOf(fn: () => void): string[] {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    fn();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('defineElement', () => {
  it('registers a tag once, and quietly ignores the same class again', () => {
    expect(customElements.get('icc-summary')).to.equal(IccSummary);
    expect(warningsOf(() => defineElement('icc-summary', IccSummary))).to.deep.equal([]);
  });

  it('neither throws nor replaces the element when another copy registers the same version', () => {
    class SameVersionCopy extends IccSummary {}
    expect(warningsOf(() => defineElement('icc-summary', SameVersionCopy))).to.deep.equal([]);
    expect(customElements.get('icc-summary')).to.equal(IccSummary);
  });

  it('warns, without throwing, when a copy of another version registers the same tag', () => {
    class OtherVersion extends IccSummary {
      static override readonly version = '99.0.0';
    }
    const warnings = warningsOf(() => defineElement('icc-summary', OtherVersion));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include(`already defined by version ${VERSION}`);
    expect(warnings[0]).to.include('99.0.0');
    expect(customElements.get('icc-summary')).to.equal(IccSummary);
  });

  it('reports the version the package is published under', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});

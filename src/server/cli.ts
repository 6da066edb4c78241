/// <reference types="node" />
/**
 * `npx icc-widgets render <tag> [--lang xx] [--issue id] [--period id] [--event id] [--group name] [--csp]`
 *   prints server-rendered HTML for one widget (paste it where the widget goes); with --csp,
 *   also the style-src hash sources its inline styles need, on standard error.
 * `npx icc-widgets oembed --base <deployment URL> --widget <tag> [--lang xx]`
 *   prints an oEmbed 1.0 JSON response for the iframe embed.
 * Bad input gets one line on standard error and exit code 1, never a half-right snippet.
 */
import { parseArgs } from 'node:util';
import { Review } from '../content/review.js';
import { WIDGETS, widgetFor } from '../elements/widgets.js';
import { shippedLanguage } from '../i18n/languages.js';
import { bundledContent } from './bundled.js';
import { oembed } from './oembed.js';

const TAGS = WIDGETS.map((w) => w.tag);
const USAGE = `Usage:
  icc-widgets render <${TAGS.join('|')}> [--lang xx] [--issue id] [--period id] [--event id] [--group name] [--variant full|compact] [--heading-level n] [--csp]
  icc-widgets oembed --base <deployment URL> --widget <tag> [--lang xx] [--width px] [--height px]`;

// Each command's options: one meant for the other command is refused, not silently ignored.
const OPTIONS = {
  render: ['lang', 'issue', 'period', 'event', 'group', 'variant', 'heading-level', 'csp'],
  oembed: ['base', 'widget', 'lang', 'width', 'height'],
};

/** Refuses a given value that is not `allowed`, in one line the user can act on. */
function check(option: string, value: string | undefined, ok: (value: string) => boolean, allowed: string): void {
  if (value !== undefined && !ok(value)) throw new Error(`--${option} must be ${allowed} (got ${JSON.stringify(value)})`);
}

const wholeFrom = (min: number, max = Infinity) => (value: string) => /^\d+$/.test(value) && +value >= min && +value <= max;
const isTag = (value: string) => {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
};
const isHttp = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};
/** The ids a user may pass, shortened when there are too many for one line (the timeline has 80-odd). */
const ids = (items: readonly { id: string }[]) =>
  items.length <= 10 ? items.map((i) => i.id).join(', ') : `${items.slice(0, 3).map((i) => i.id).join(', ')} and ${items.length - 3} more`;

async function main(argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      issue: { type: 'string' },
      period: { type: 'string' },
      event: { type: 'string' },
      group: { type: 'string' },
      variant: { type: 'string' },
      'heading-level': { type: 'string' },
      base: { type: 'string' },
      widget: { type: 'string' },
      width: { type: 'string' },
      height: { type: 'string' },
      csp: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) return USAGE;
  if (command !== 'render' && command !== 'oembed') throw new Error(`Unknown command "${command}": use render or oembed (icc-widgets --help shows how)`);
  const tag = command === 'render' ? rest.shift() : undefined;
  // A stray word is most often an option's value without its name (`render icc-summary fr`).
  if (rest.length) throw new Error(`unexpected argument "${rest[0]}": options are written --name value`);
  const foreign = Object.keys(values).find((name) => name !== 'help' && !OPTIONS[command].includes(name));
  if (foreign) throw new Error(`--${foreign} is not ${command === 'render' ? 'a' : 'an'} ${command} option: ${command} takes ${OPTIONS[command].map((o) => `--${o}`).join(', ')}`);
  // Checked here, not left to the renderer: it would fall back to English rather than refuse.
  check('lang', values.lang, isTag, 'a BCP 47 language tag such as en or fr-CA');
  const number = (value?: string) => (value === undefined ? undefined : Number(value));

  if (command === 'oembed') {
    if (values.base === undefined || values.widget === undefined) throw new Error('oembed needs --base <deployment URL> and --widget <tag>');
    check('base', values.base, isHttp, 'an http(s) address such as https://news.example/icc-widgets/');
    check('widget', values.widget, (w) => widgetFor(w) !== undefined, `one of ${TAGS.join(', ')}`);
    check('width', values.width, wholeFrom(1), 'a whole number of pixels, 1 or more');
    check('height', values.height, wholeFrom(1), 'a whole number of pixels, 1 or more');
    const response = oembed({ base: values.base, widget: values.widget, lang: values.lang, width: number(values.width), height: number(values.height) });
    return JSON.stringify(response, null, 2);
  }

  if (!tag) throw new Error(`render needs a widget tag: use one of ${TAGS.join(', ')}`);
  if (!widgetFor(tag)) throw new Error(`Unknown widget "${tag}": use one of ${TAGS.join(', ')}`);
  check('heading-level', values['heading-level'], wholeFrom(1, 6), 'a whole number from 1 to 6');
  check('variant', values.variant, (v) => v === 'full' || v === 'compact', 'full or compact');
  // The other widgets have no variants: the attribute would be ignored, so the user would not get what they asked for.
  check('variant', values.variant, () => tag === 'icc-summary', `left out for ${tag}: only icc-summary has variants`);
  // An unknown id would render the widget with nothing selected: check it against the very content that is rendered.
  const review = Review.of(bundledContent(values.lang));
  const file = `icc-widgets/content/${shippedLanguage(values.lang)}.json`;
  check('issue', values.issue, (id) => review.issue(id) !== undefined, `an id from "issues" in ${file}: ${ids(review.content.issues)}`);
  check('period', values.period, (id) => review.period(id) !== undefined, `an id from "administrations" in ${file}: ${ids(review.content.administrations)}`);
  check('event', values.event, (id) => review.event(id) !== undefined, `an id from "timeline" in ${file}: ${ids(review.content.timeline)}`);
  // Loaded only here: the renderer brings Lit's server DOM shim and registers the elements.
  const { renderWidget, styleHashes } = await import('./render.js');
  const html = renderWidget(tag, {
    lang: values.lang,
    issue: values.issue,
    period: values.period,
    event: values.event,
    group: values.group,
    variant: values.variant as 'full' | 'compact' | undefined,
    headingLevel: number(values['heading-level']),
  });
  if (values.csp) process.stderr.write(`Content-Security-Policy for this snippet: style-src 'self' ${styleHashes(html).join(' ')}\n`);
  return html;
}

// A reader that stops early (`| head`) closes the pipe: that is its right, not our failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`icc-widgets: cannot write the output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

main(process.argv.slice(2)).then(
  (output) => process.stdout.write(`${output}\n`),
  (error: Error) => {
    process.stderr.write(`icc-widgets: ${error.message}\n`);
    process.exitCode = 1;
  },
);

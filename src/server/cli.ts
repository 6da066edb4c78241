/// <reference types="node" />
/**
 * `npx icc-widgets render <tag> [--lang xx] [--issue id] [--period id] [--event id] [--group name] [--csp]`
 *   prints server-rendered HTML for one widget (paste it where the widget goes); with --csp,
 *   also the style-src hash sources its inline styles need, on standard error.
 * `npx icc-widgets oembed --base <deployment URL> --widget <tag> [--lang xx]`
 *   prints an oEmbed 1.0 JSON response for the iframe embed.
 */
import { parseArgs } from 'node:util';
import { oembed, renderWidget, styleHashes, WIDGETS, type WidgetTag } from './index.js';

const USAGE = `Usage:
  icc-widgets render <${WIDGETS.join('|')}> [--lang xx] [--issue id] [--period id] [--event id] [--group name] [--variant full|compact] [--heading-level n] [--csp]
  icc-widgets oembed --base <deployment URL> --widget <tag> [--lang xx] [--width px] [--height px]`;

function main(argv: string[]): string {
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
  const [command, tag] = positionals;
  if (values.help || !command) return USAGE;
  const number = (value?: string) => (value === undefined ? undefined : Number(value));
  if (command === 'render') {
    if (!tag) throw new Error(`render needs a widget tag.\n${USAGE}`);
    const html = renderWidget(tag as WidgetTag, {
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
  if (command === 'oembed') {
    if (!values.base || !values.widget) throw new Error(`oembed needs --base and --widget.\n${USAGE}`);
    const response = oembed({ base: values.base, widget: values.widget as WidgetTag, lang: values.lang, width: number(values.width), height: number(values.height) });
    return JSON.stringify(response, null, 2);
  }
  throw new Error(`Unknown command "${command}".\n${USAGE}`);
}

try {
  process.stdout.write(`${main(process.argv.slice(2))}\n`);
} catch (error) {
  process.stderr.write(`icc-widgets: ${(error as Error).message}\n`);
  process.exitCode = 1;
}

/// <reference types="node" />
/**
 * `npx icc-widgets render <tag> [--lang xx] [--issue id] [--period id] [--event id] [--group name] [--csp]`
 *   prints server-rendered HTML for one widget (paste it where the widget goes); with --csp,
 *   also the style-src hash sources its inline styles need, on standard error.
 * `npx icc-widgets oembed --base <deployment URL> --widget <tag> [--lang xx]`
 *   prints an oEmbed 1.0 JSON response for the iframe embed.
 */
import { parseArgs } from 'node:util';
import { WIDGETS } from '../elements/widgets.js';
import { oembed } from './oembed.js';

const USAGE = `Usage:
  icc-widgets render <${WIDGETS.map((w) => w.tag).join('|')}> [--lang xx] [--issue id] [--period id] [--event id] [--group name] [--variant full|compact] [--heading-level n] [--csp]
  icc-widgets oembed --base <deployment URL> --widget <tag> [--lang xx] [--width px] [--height px]`;

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
  const [command, tag] = positionals;
  if (values.help || !command) return USAGE;
  const number = (value?: string) => (value === undefined ? undefined : Number(value));
  if (command === 'render') {
    if (!tag) throw new Error(`render needs a widget tag.\n${USAGE}`);
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
  if (command === 'oembed') {
    if (!values.base || !values.widget) throw new Error(`oembed needs --base and --widget.\n${USAGE}`);
    const response = oembed({ base: values.base, widget: values.widget, lang: values.lang, width: number(values.width), height: number(values.height) });
    return JSON.stringify(response, null, 2);
  }
  throw new Error(`Unknown command "${command}".\n${USAGE}`);
}

main(process.argv.slice(2)).then(
  (output) => process.stdout.write(`${output}\n`),
  (error: Error) => {
    process.stderr.write(`icc-widgets: ${error.message}\n`);
    process.exitCode = 1;
  },
);

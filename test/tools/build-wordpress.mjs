// Builds the WordPress plugin from src/wordpress/ and the build (run after `npm run build`):
// dist/wordpress/icc-widgets/, zipped as dist/icc-widgets-wordpress.zip. It adds
//  - assets/: the classic script for posts, the iframe embed page with the module bundle it imports, and the
//    content and interface words in dist/'s layout (each script finds them beside itself);
//  - fallback/<tag>/<lang>-<heading level>.html: each widget's light-DOM copy for readers without JavaScript
//    (PHP cannot run Lit), checked to be text and links only, since the plugin prints it as it is.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
if (!existsSync('dist/server/index.js')) {
  console.error('build-wordpress: no build in dist/; run `npm run build` first.');
  process.exit(1);
}
const { renderWidget, WIDGETS } = await import('../../dist/server/index.js');
const { LANGUAGES } = await import('../../dist/i18n/languages.js');
const { PART_NAMES } = await import('../../dist/content/parts.js');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const plugin = 'dist/wordpress/icc-widgets';
const write = (file, data) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
};

rmSync('dist/wordpress', { recursive: true, force: true });
cpSync('src/wordpress', plugin, { recursive: true });
cpSync('LICENSE', `${plugin}/LICENSE`);
const main = `${plugin}/icc-widgets.php`;
const php = readFileSync(main, 'utf8');
for (const { tag } of WIDGETS) if (!php.includes(`'${tag}'`)) throw new Error(`icc-widgets.php does not list ${tag}`);
write(main, php.replaceAll('0.0.0-dev', version));

const assets = ['icc-widgets.classic.js', 'icc-widgets.css', 'icc-embed-resize.js', 'embed.html', 'embed.js', 'embed.css', 'icc-widgets.js',
  ...readdirSync('dist/chunks').map((file) => `chunks/${file}`), // what icc-widgets.js loads on demand
  ...LANGUAGES.flatMap((lang) => [`content/${lang}.json`, ...PART_NAMES.map((part) => `content/${lang}/${part}.json`)]),
  ...LANGUAGES.filter((lang) => lang !== 'en').map((lang) => `i18n/${lang}.js`)]; // English is in the bundles.
for (const file of assets) write(`${plugin}/assets/${file}`, readFileSync(`dist/${file}`));

// What the copies are made of (README "Without layout shift…"): the widgets' text elements, and attributes that
// run nothing. Every "<" must open or close one of these; Lit escaped every text and attribute value.
const ELEMENTS = 'a caption cite div em footer h1 h2 h3 h4 h5 h6 li ol p q section span strong sup table tbody td th thead time tr ul';
const ATTRIBUTES = /^(lang|dir|class|role|scope|colspan|datetime|rel|aria-hidden|data-[a-z-]+|href)$/;
const TAG = /<\/?([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>/g;

/** The light-DOM copy in renderWidget's output: the element's children after its one (declarative shadow) template. */
function lightCopy(tag, lang, headingLevel) {
  const html = renderWidget(tag, { lang, headingLevel });
  if (html.split('<template').length !== 2) throw new Error(`${tag}: expected one template, the shadow root`);
  const copy = html
    .slice(html.indexOf('</template>') + '</template>'.length, html.lastIndexOf(`</${tag}>`))
    .trim(); // renderWidget leaves no Lit markers outside the shadow root; the check below refuses any.
  const tags = [...copy.matchAll(TAG)];
  if (tags.length !== copy.split('<').length - 1) throw new Error(`${tag} ${lang}: markup other than plain tags`);
  for (const [, name, attributes] of tags) {
    if (!ELEMENTS.split(' ').includes(name)) throw new Error(`${tag} ${lang}: <${name}> in the copy`);
    for (const [, attribute, value] of attributes.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
      if (!ATTRIBUTES.test(attribute)) throw new Error(`${tag} ${lang}: attribute ${attribute} in the copy`);
      if (attribute === 'href' && !/^https?:\/\//.test(value)) throw new Error(`${tag} ${lang}: link ${value}`);
    }
  }
  return copy;
}

for (const { tag } of WIDGETS) {
  for (const lang of LANGUAGES) {
    for (const level of [2, 3, 4, 5, 6]) write(`${plugin}/fallback/${tag}/${lang}-${level}.html`, lightCopy(tag, lang, level));
  }
}

const files = {};
for (const path of readdirSync(plugin, { recursive: true })) {
  if (statSync(join(plugin, path)).isFile()) files[`icc-widgets/${path}`] = readFileSync(join(plugin, path));
}
writeFileSync('dist/icc-widgets-wordpress.zip', zipSync(files));
console.log(`build-wordpress: ${plugin}/ and dist/icc-widgets-wordpress.zip (${Object.keys(files).length} files)`);

// `cem analyze` reads the JSDoc on the element classes (attributes, properties,
// events, slots, parts, CSS custom properties) into dist/custom-elements.json.
// Tags come from the classes' @tagname (registration goes through our guarded
// defineElement, which the analyzer cannot follow). It runs after Rollup, so
// it can check that every file it names was emitted.
import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

/** A module as the analyzer names it (src/…, /src/…, or relative to `from`), as its file in dist/. */
const toDist = (path, from) => {
  const absolute = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  return absolute.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
};

/** Rewrites every `path` and `module` to its file in dist/, and drops what names none (type-only modules). */
function pointIntoDist(manifest) {
  const rewrite = (value, from) => {
    if (Array.isArray(value)) return value.filter((item) => rewrite(item, from) !== false);
    if (!value || typeof value !== 'object') return value;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string') {
        value[key] = toDist(inner, from);
        if (!existsSync(value[key])) return false;
      } else if (typeof inner === 'object' && inner !== null) {
        const kept = rewrite(inner, from);
        if (kept === false) return false;
        value[key] = kept;
      }
    }
    return value;
  };
  manifest.modules = manifest.modules.filter((mod) => rewrite(mod, mod.path) !== false);
}

/** `@fires {IccSelectEvent} icc-select - …` on a class: event name → type, per class. */
const firesTypes = new Map();


/** The manifest with each event typed `type(detail)`: how each framework generator wants an event's type written. */
function eventsTyped(manifest, type) {
  const copy = structuredClone(manifest);
  for (const declaration of copy.modules.flatMap((mod) => mod.declarations ?? [])) {
    for (const event of declaration.events ?? []) event.type = { text: type(event.type.text.replace(/Event$/, 'Detail')) };
  }
  return copy;
}

/**
 * The manifest as Vue's template type-checker names things: it camelizes
 * attributes (`:heading-level` checks `headingLevel`) and listeners
 * (`@icc-select` checks `onIccSelect`); the generator writes names as given.
 */
function vueNames(manifest) {
  const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  for (const declaration of manifest.modules.flatMap((mod) => mod.declarations ?? [])) {
    for (const attribute of declaration.attributes ?? []) attribute.name = camel(attribute.name);
    for (const event of declaration.events ?? []) event.name = camel(`-${event.name}`);
  }
  return manifest;
}

/**
 * Editor and framework support, generated from the manifest (after the
 * plugin above has put it right): JSX types for React 19, Vue's
 * GlobalComponents, VS Code's custom data and JetBrains' web-types. The JSX
 * generator imports a detail type it sees as `CustomEvent<Detail>`; Vue's
 * wraps the type in CustomEvent itself and imports any plain name once per
 * element (duplicate imports), so it gets an inline `import()` type instead.
 */
const types = '../types/index.js';
const fromManifest = [
  { name: 'framework-types', packageLinkPhase({ customElementsManifest }) {
    generateJsxTypes(eventsTyped(customElementsManifest, (detail) => `CustomEvent<${detail}>`),
      { outdir: 'dist/frameworks', fileName: 'jsx.d.ts', globalTypePath: types, stronglyTypedEvents: true, hideLogs: true });
    generateVuejsTypes(vueNames(eventsTyped(customElementsManifest, (detail) => `import('${types}').${detail}`)),
      { outdir: 'dist/frameworks', fileName: 'vue.d.ts', globalTypePath: types, hideLogs: true });
  } },
  customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
  customElementJetBrainsPlugin({ outdir: 'dist', fileName: 'web-types.json', packageJson: false, hideLogs: true }),
];

export default {
  globs: ['src/**/*.ts'],
  // Not modules of the npm build: the script-tag bundles' entry, the iframe page and Node's server.
  exclude: ['src/elements/register.ts', 'src/define-with-hydration.ts', 'src/embed/**', 'src/server/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'documented-events',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const types = new Map();
        for (const tag of ts.getJSDocTags(node)) {
          const text = typeof tag.comment === 'string' ? tag.comment : '';
          const match = tag.tagName.text === 'fires' && /^\{([^}]+)\}\s+([\w-]+)/.exec(text);
          if (match) types.set(match[2], match[1]);
        }
        firesTypes.set(node.name.text, types);
      },
      // The analyzer also lists what it sees dispatched in code, inherited
      // ones included: the context protocol's request and events a subclass
      // never fires. Keep only the events each class documents with @fires,
      // typed as documented (the types are exported from icc-widgets).
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
          // Abstract bases are classes, not elements: nothing can be written as a tag for them.
          if (!declaration.tagName) delete declaration.customElement;
          // `[...super.observedAttributes, 'lang']` reads to the analyzer as one attribute without a name.
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => a.name);
          // `lang` is HTMLElement's own property: generators type the attribute from it.
          for (const attribute of declaration.attributes ?? []) if (attribute.name === 'lang') attribute.fieldName = 'lang';
          if (!declaration.events) continue;
          const types = firesTypes.get(declaration.name) ?? new Map();
          declaration.events = declaration.events
            .filter((event) => types.has(event.name))
            .map(({ name, description }) => ({
              name,
              description,
              type: { text: types.get(name), references: [{ name: types.get(name), package: 'icc-widgets', module: 'dist/index.js' }] },
            }));
          if (!declaration.events.length) delete declaration.events;
        }
        pointIntoDist(customElementsManifest);
        // The analyzer lists modules in the order its file search returns them: sorted, builds are repeatable.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
    ...fromManifest,
  ],
};

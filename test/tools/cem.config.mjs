// `cem analyze` reads the JSDoc on the element classes (attributes, properties,
// events, slots, parts, CSS custom properties) into dist/custom-elements.json.
// Tags come from the classes' @tagname (registration goes through our guarded
// defineElement, which the analyzer cannot follow). It runs after Rollup, so
// it can check that every file it names was emitted.
import { existsSync } from 'node:fs';
import { posix } from 'node:path';

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
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
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
        }
        pointIntoDist(customElementsManifest);
      },
    },
  ],
};

// `cem analyze` reads the JSDoc on the element classes (attributes, properties,
// events, slots, parts, CSS custom properties) into dist/custom-elements.json.
// Tags come from the classes' @tagname (registration goes through our guarded
// defineElement, which the analyzer cannot follow); paths point at dist/.
const toDist = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/internal/define.ts', 'src/embed/**', 'src/server/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'dist-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          mod.path = toDist(mod.path);
          for (const item of [...(mod.exports ?? []), ...(mod.declarations ?? [])]) {
            if (item.declaration?.module) item.declaration.module = toDist(item.declaration.module);
            if (item.superclass?.module) item.superclass.module = toDist(item.superclass.module);
            for (const member of [...(item.members ?? []), ...(item.attributes ?? [])]) {
              if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module);
            }
          }
        }
      },
    },
  ],
};

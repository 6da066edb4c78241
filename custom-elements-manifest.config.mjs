// `cem analyze` reads the JSDoc on the element classes (attributes, properties,
// events, slots, parts, CSS custom properties) into dist/custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};

// Not part of the app: proves the element types reject what the elements do not take.
// tsc fails if any line below type-checks (an unused @ts-expect-error is an error).
// (TypeScript lets any attribute whose name has a hyphen through: that is JSX's rule, not ours.)
export const wrong = [
  // @ts-expect-error: no such property
  <icc-summary bogusAttr="x" />,
  // @ts-expect-error: an issue is named by its id, a string
  <icc-stance-compare issue={42} />,
  // @ts-expect-error: the heading level is a number
  <icc-summary heading-level="two" />,
  // @ts-expect-error: theme is light, dark or auto
  <icc-summary theme="neon" />,
  // @ts-expect-error: the detail has no such field
  <icc-stance-compare onicc-select={(event) => event.detail.bogus} />,
];

// custom-elements.json is generated from the JSDoc in src; never edit it by hand.
export default {
  globs: ['src/elements/**/*.ts', 'src/kit/**/*.ts'],
  exclude: ['**/*.test.ts'],
  litelement: true,
  outdir: '.',
};

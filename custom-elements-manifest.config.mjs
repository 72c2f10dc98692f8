// custom-elements.json is generated from the JSDoc in src; never edit it by hand.

/**
 * Our events are classes (`new LihErrorEvent(detail)`), so the analyzer sees a
 * dispatch without a name; each is documented with @fires, so drop the
 * nameless duplicates.
 */
const dropNamelessEvents = () => ({
  name: 'drop-nameless-events-and-sort',
  packageLinkPhase({ customElementsManifest }) {
    // The file globbing order is not stable: sort, so the same sources give the same file.
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (decl.events) decl.events = decl.events.filter((e) => e.name);
      }
    }
  },
});

export default {
  globs: ['src/elements/**/*.ts', 'src/kit/**/*.ts'],
  exclude: ['**/*.test.ts'],
  litelement: true,
  // package.json names custom-elements.json already; left on, the analyzer rewrote it to --check's temporary copy.
  packagejson: false,
  plugins: [dropNamelessEvents()],
};

/// <reference types="vitest/config" />
// The unit layer: each test beside the module it proves (src/**, scripts/**), run in Node without a
// build or a browser. getViteConfig gives the tests Astro's own Vite set-up, so `astro:content`,
// `import.meta.env` and the project's base path resolve as they do in `astro build`.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/helpers/**/*.test.ts'],
    // Plain Node: nothing here touches a DOM.
    environment: 'node',
    // Each file gets a fresh module graph, so no module state (content-file caches, mocks, held
    // files) leaks from one file into another.
    isolate: true,
  },
});

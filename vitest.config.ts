/// <reference types="vitest/config" />
// The unit layer: each test beside the module it proves (src/**, scripts/**), run in Node without a
// build or a browser. getViteConfig gives the tests Astro's own Vite set-up, so `astro:content`,
// `import.meta.env` and the project's base path resolve as they do in `astro build`.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Plain Node: nothing here touches a DOM.
    environment: 'node',
    // One worker per file costs about a second each on a busy 2-core machine; the tests share no
    // state that needs a fresh module graph (mocks are per file, env stubs are undone).
    isolate: false,
  },
});

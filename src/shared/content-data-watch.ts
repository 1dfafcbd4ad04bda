/**
 * `astro build`: the content files cannot change while it runs, so the plugins stop checking them
 * for changes (holdContentFiles() in src/shared/content-files.ts).
 *
 * `astro dev`: when a data file in content/ changes (every *.yaml there: sources, glossary, studies,
 * trials, and any added later) or the set of pages that links are checked against, every compiled
 * MDX page is dropped and the browser reloads, so no page is served with citations, glossary links,
 * study figures, trial rows or link checks made from old data. The plugins themselves re-read a file
 * only when it has changed (src/shared/content-files.ts).
 */
import { dirname, join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { CONTENT_DIR, holdContentFiles, PAGES_DIR } from './content-files';
import { useContentLogger } from './content-warnings';

export function contentDataWatch(): AstroIntegration {
  return {
    name: 'content-data-watch',
    hooks: {
      // Every content warning goes through this logger (content-warnings.ts), in dev and in a build.
      'astro:config:setup': ({ logger }) => useContentLogger(logger),
      'astro:build:start': () => holdContentFiles(),
      'astro:server:setup': ({ server, logger }) => {
        const root = process.cwd();
        const contentDir = join(root, CONTENT_DIR);
        const isDataFile = (file: string) => dirname(file) === contentDir && /\.ya?ml$/.test(file);
        const pagesDir = join(root, PAGES_DIR);
        const refresh = (file: string, pageSetChanged: boolean) => {
          if (!isDataFile(file) && !(pageSetChanged && file.startsWith(pagesDir))) return;
          let dropped = 0;
          for (const environment of Object.values(server.environments)) {
            for (const [id, module] of environment.moduleGraph.idToModuleMap) {
              if (/\.mdx($|\?)/.test(id)) {
                environment.moduleGraph.invalidateModule(module);
                dropped++;
              }
            }
          }
          logger.info(`${file.slice(root.length + 1)} changed: ${dropped} compiled page modules will be rebuilt`);
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('change', (file) => refresh(file, false));
        server.watcher.on('add', (file) => refresh(file, true));
        server.watcher.on('unlink', (file) => refresh(file, true));
      },
    },
  };
}

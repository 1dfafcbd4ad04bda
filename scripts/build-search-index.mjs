// Builds the Pagefind search index of dist/ with Pagefind's Node API, so an indexing error fails
// the build (the astro-pagefind integration only logs them). Replaced by the search work (issue 4).
import * as pagefind from 'pagefind';

const fail = (message) => {
  console.error(`Search index: ${message}`);
  process.exit(1);
};
const { index, errors } = await pagefind.createIndex({});
if (errors.length) fail(errors.join('\n'));
const added = await index.addDirectory({ path: 'dist' });
if (added.errors.length) fail(added.errors.join('\n'));
if (added.page_count === 0) fail('no pages were indexed: is data-pagefind-body missing from the layout?');
const written = await index.writeFiles({ outputPath: 'dist/pagefind' });
if (written.errors.length) fail(written.errors.join('\n'));
await pagefind.close();
console.log(`Search index: ${added.page_count} pages indexed into dist/pagefind`);

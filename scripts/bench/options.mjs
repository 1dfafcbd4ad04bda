// `npm run bench`'s command line (README, "Measuring", says the same for editors).

/** The entries, in the order they run; each is one question and one flag. */
export const ENTRIES = ['build', 'pages', 'search', 'lighthouse', 'scale', 'test-suite'];
/** What `npm run bench` runs when no entry is named: all but the test suite (the lead's, an hour). */
const DEFAULT = ENTRIES.filter((entry) => entry !== 'test-suite');

/**
 * `--<entry>` runs only the entries named; with none named, the default set runs, less any
 * `--no-<entry>`. `--scale=250,1000` sets the scale entry's extra pages (it names no entry) and
 * `--compare-starlight` adds Starlight's builds to it. Throws on anything else, naming the options.
 * @param {string[]} args
 */
export function benchOptions(args) {
  const named = [];
  const left = [];
  let scale = [250, 1000];
  let compareStarlight = false;
  for (const arg of args) {
    const [flag = '', value] = arg.split('=');
    const name = flag.replace(/^--(no-)?/, '');
    if (flag === '--scale' && value !== undefined)
      scale = value
        .split(',')
        .map(Number)
        .filter((n) => n > 0);
    else if (arg === '--compare-starlight') compareStarlight = true;
    else if (value === undefined && ENTRIES.includes(name)) (flag.startsWith('--no-') ? left : named).push(name);
    else
      throw new Error(
        `npm run bench: unknown option "${arg}". Use --<entry> to run only some entries, --no-<entry> to leave one out (entries: ${ENTRIES.join(', ')}), --scale=250,1000 and --compare-starlight (README, "Measuring").`,
      );
  }
  const entries = named.length ? ENTRIES.filter((entry) => named.includes(entry)) : DEFAULT.filter((entry) => !left.includes(entry));
  return { entries, scale, compareStarlight };
}

// `npm run bench`'s command line (README, "Measuring", says the same for editors).
import { parseArgs } from 'node:util';

/** The entries, in the order they run; each is one question and one flag. */
export const ENTRIES = ['build', 'pages', 'search', 'lighthouse', 'scale', 'test-suite'];

/**
 * `--<entry>` runs only the entries named; with none named, all but test-suite (an hour), less any
 * `--no-<entry>`. `--scale=250,1000` sets the scale runs' added pages (it names no entry) and
 * `--compare-starlight` adds Starlight's builds to them. Throws on anything else.
 * @param {string[]} args
 */
export function benchOptions(args) {
  const sizes = args.filter((arg) => arg.startsWith('--scale='));
  const options = Object.fromEntries([...ENTRIES, 'compare-starlight'].map((name) => [name, { type: /** @type {const} */ ('boolean') }]));
  let values;
  try {
    ({ values } = parseArgs({ args: args.filter((arg) => !sizes.includes(arg)), options, allowNegative: true, strict: true }));
  } catch (error) {
    const help = `Use --<entry> to run only some entries, --no-<entry> to leave one out (entries: ${ENTRIES.join(', ')}), --scale=250,1000 and --compare-starlight (README, "Measuring").`;
    throw new Error(`npm run bench: ${error instanceof Error ? error.message : error}. ${help}`, { cause: error });
  }
  const named = ENTRIES.filter((entry) => values[entry] === true);
  return {
    entries: named.length ? named : ENTRIES.filter((entry) => entry !== 'test-suite' && values[entry] !== false),
    scale: sizes.length ? (sizes.at(-1)?.match(/[1-9]\d*/g) ?? []).map(Number) : [250, 1000],
    compareStarlight: values['compare-starlight'] === true,
  };
}

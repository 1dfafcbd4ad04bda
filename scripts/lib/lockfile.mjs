// What makes package-lock.json installable everywhere: every entry has a version, and every
// optional dependency a locked package declares (the other platforms' binaries of Pagefind and
// the Astro compiler, for example) is itself locked. npm ci refuses a lockfile that lacks one
// ("Missing: … from lock file"), and an entry without a version stops npm install and npm ci
// with "Invalid Version". Exported for the unit tests; scripts/check-lockfile.mjs runs it.

/**
 * Where npm would look for `name` when the package at `location` requires it: its own
 * node_modules, then each enclosing node_modules up to the root.
 * @param {string} location e.g. "node_modules/a/node_modules/b"
 * @param {string} name
 */
function candidateLocations(location, name) {
  const out = [];
  let base = location;
  for (;;) {
    out.push(base ? `${base}/node_modules/${name}` : `node_modules/${name}`);
    if (!base) break;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
  return out;
}

/**
 * @param {{ packages?: Record<string, { version?: string, link?: boolean, optionalDependencies?: Record<string, string> }> }} lock
 * @returns {string[]} one sentence per problem; empty when the lockfile is complete
 */
export function lockfileProblems(lock) {
  const packages = lock.packages;
  if (!packages || typeof packages !== 'object') {
    return ['package-lock.json has no "packages" section: regenerate it with npm 7 or later (npm install).'];
  }
  const problems = [];
  for (const [location, entry] of Object.entries(packages)) {
    if (!location) continue; // the project itself
    if (entry.link) continue; // workspaces and file: links carry no version of their own
    if (!entry.version) {
      problems.push(`${location}: the entry has no version (npm fails with "Invalid Version").`);
    }
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!candidateLocations(location, name).some((at) => packages[at]?.version)) {
        problems.push(`${location} lists ${name} as optional, but the lockfile does not lock it (npm ci fails with "Missing: ${name}@ from lock file").`);
      }
    }
  }
  return problems;
}

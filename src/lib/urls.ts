/**
 * Every internal URL goes through withBase(), so the site works when served from a sub-path
 * (BASE_PATH=/lupus-msc/ at build time). Paths are written from the site root: withBase('/glossary/').
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}

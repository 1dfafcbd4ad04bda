/**
 * Every internal URL goes through withBase(), so the site works when served from a sub-path
 * (BASE_PATH=/lupus-msc/ at build time). Paths are written from the site root: withBase('/glossary/').
 */
import { joinBase } from '../../shared/paths.ts';

export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

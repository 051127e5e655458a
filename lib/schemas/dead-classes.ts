import type { VerdictClass } from './link-verdict';

/**
 * The verdicts that make a link dead for broken-link building: not found, a "not found" page served
 * with 200 (soft 404), and a parked domain. One definition for the popup's "Dead" count, the toolbar
 * badge, the page legend, the prospect's dead links and the link report. Type-only import: no zod.
 */
export const DEAD_CLASSES: ReadonlySet<VerdictClass> = new Set<VerdictClass>(['broken', 'soft-404', 'parked']);

export const isDead = (verdictClass: VerdictClass): boolean => DEAD_CLASSES.has(verdictClass);

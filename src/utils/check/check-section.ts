/*
 * Registers the check's attempts as the "check" section of the learner's progress store, so
 * they are saved with the rest, exported and imported with the progress file, and merged
 * (earliest record of each attempt wins) when another tab or an imported file holds some too.
 * Import this module before opening a store on any page that writes or imports progress.
 */
import { registerSection } from '../progress-store';
import { mergeCheckSections, sanitizeCheckSection, type CheckSection } from './attempts';

export const CHECK_SECTION = 'check';

registerSection<CheckSection>(CHECK_SECTION, {
  sanitize(raw, ctx) {
    const section = sanitizeCheckSection(raw);
    const given = (raw as { attempts?: unknown } | null)?.attempts;
    if (!Array.isArray(given) || given.length !== section.attempts.length) ctx.dropped = true;
    return section;
  },
  merge: mergeCheckSections,
});

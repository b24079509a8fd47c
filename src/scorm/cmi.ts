/*
 * What the SCORM bridge reports to a SCORM 1.2 LMS, computed from the learner's saved quiz
 * record: cmi.core.lesson_status, cmi.core.score.raw (a percentage; min 0, max 100) and
 * cmi.core.session_time. Pure, so the rules are tested without an LMS.
 */

/** The status to set when a session starts, or undefined to leave the LMS's as it is. */
export const startStatus = (current: string) =>
  current == 'not attempted' || current == '' ? 'incomplete' : undefined;

/**
 * The best score of a quiz record (lesson-records.ts; unchecked JSON) as a whole percentage,
 * once every question has been checked: a quiz half done reports nothing, so an LMS never
 * grades half a quiz.
 */
export function scorePercent(record?: object): number | undefined {
  const { status, bestScore, bestOf } = (record ?? {}) as Record<string, number | undefined>;
  if (status == ('completed' as unknown) && bestScore! >= 0 && bestOf! > 0)
    return Math.round((100 * bestScore!) / bestOf!);
}

/**
 * cmi.core.lesson_status for a finished quiz: against the manifest's mastery score (as the LMS
 * gives cmi.student_data.mastery_score), passed or failed; without one, completed.
 */
export const finishedStatus = (percent: number, masteryScore: string) =>
  masteryScore ? (percent >= +masteryScore ? 'passed' : 'failed') : 'completed';

/** The longest CMITimespan, 9999:59:59.99, in milliseconds. */
const LONGEST = 36e9 - 10;

/** A duration as SCORM 1.2's CMITimespan, HHHH:MM:SS.SS, clamped to 9999:59:59.99. */
export function sessionTime(milliseconds: number): string {
  const ms = Math.min(LONGEST, Math.max(0, milliseconds) || 0);
  // Minutes, seconds and hundredths from an ISO date: "1970-01-01T00:MM:SS.sssZ".
  return ('000' + Math.floor(ms / 36e5)).slice(-4) + new Date(ms).toISOString().slice(13, 22);
}

/*
 * Names for a lesson's landmarks (objectives, content note, quiz, key points, sources). On the
 * whole-course print page every lesson has them, so each is named after its lesson's title as
 * well as its own heading: `aria-labelledby="<lesson title id> <own heading id>"`. On a
 * lesson's own page the title id is absent and the short name remains.
 */

/** The id of a lesson's title where several lessons share one page. */
export const lessonTitleId = (lessonId: string) => `lesson-${lessonId}`;

/** aria-labelledby for a landmark inside a lesson whose own heading has `ownId`. */
export const inLesson = (lessonId: string, ownId: string) => `${lessonTitleId(lessonId)} ${ownId}`;

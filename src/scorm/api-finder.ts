/*
 * Finding a SCORM 1.2 LMS's API the standard way (ADL's runtime guidelines): the object named
 * `API` on this window or one of its parents, up to 7 levels up, then on the window that opened
 * the top window and its parents. A frame of another origin cannot be read; it is passed over.
 */

/** The SCORM 1.2 runtime calls; LMSs return the strings "true"/"false" (some, booleans). */
export interface Scorm12Api {
  LMSInitialize(empty: ''): unknown;
  LMSFinish(empty: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(empty: ''): unknown;
}

/** The part of a window the search reads. */
export interface WindowLike {
  API?: unknown;
  parent?: WindowLike | null;
  top?: WindowLike | null;
  opener?: WindowLike | null;
}

const MAX_LEVELS = 7;

/** The API on `win` or one of its parents; another origin's frame cannot be read. */
function searchUp(win: WindowLike): Scorm12Api | undefined {
  for (let level = 0; ; level++) {
    try {
      if (win.API) return win.API as Scorm12Api;
    } catch {
      // another origin: look further up
    }
    if (level == MAX_LEVELS || !win.parent || win.parent === win) return;
    win = win.parent;
  }
}

export function findApi(win: WindowLike): Scorm12Api | null | undefined {
  // A SCO opened in a new window, alone or in a frameset: the LMS is in the opener. (`top` and
  // `opener` can be read across origins.)
  const opener = win.top?.opener;
  return searchUp(win) ?? (opener && searchUp(opener));
}

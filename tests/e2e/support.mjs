/* Shared set-up for the browser tests: the built site on a local port, Debian's Chromium. */
import { serveStatic } from './static-server.mjs';
import { launchBrowser } from './browser.mjs';

export const LESSON = '/lessons/territory-to-timeline/';

/**
 * Serve dist/ and launch Chromium once per test file; returns { url, browser, close }.
 * `hostHeaders: false` serves without the headers of dist/_headers (see static-server.mjs).
 */
export async function startSite({ hostHeaders = true } = {}) {
  const server = await serveStatic('dist', 0, { hostHeaders });
  const browser = await launchBrowser();
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Press Tab until `predicate(document.activeElement)` holds; keyboard only, as a learner would. */
export async function tabUntil(page, predicateSource, { max = 400, shift = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(predicateSource)) return;
  }
  throw new Error(`focus never reached: ${predicateSource}`);
}

/**
 * Wait until `check`, run in the page, resolves to something truthy. Unlike Playwright's
 * waitForFunction, which takes a returned promise as truthy at once, this awaits the promise:
 * use it for checks that need `await` (caches, IndexedDB, the service worker).
 */
export async function waitInPage(page, check, { timeout = 15_000, interval = 250 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate(check)) return;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeout} ms waiting for: ${check}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Wait until `selector` shows text matching `pattern` (the page updates asynchronously). */
export async function textOf(page, selector, pattern) {
  await page.locator(selector, { hasText: pattern }).first().waitFor({ timeout: 5000 });
  return page.locator(selector).first().textContent();
}

/** The correct option ids of every question, read from the worksheet's answer lists. */
export function correctAnswers(page) {
  return page.$$eval('course-quiz .quiz-question', (items) =>
    items.map((item) => ({
      id: item.dataset.question,
      type: item.dataset.type,
      options: [...item.querySelectorAll('.quiz-answer [data-option]')].map(
        (li) => li.dataset.option,
      ),
      correct: [...item.querySelectorAll('.quiz-answer [data-option][data-correct]')].map(
        (li) => li.dataset.option,
      ),
    })),
  );
}

/**
 * Answer every question of the page's quiz with the keyboard alone: Tab to each question's
 * first input, then choose `pick(question)`, its correct options unless told. Returns the
 * questions as correctAnswers reads them.
 */
export async function answerQuizByKeyboard(page, pick = (question) => question.correct) {
  const questions = await correctAnswers(page);
  for (const question of questions) {
    await tabUntil(
      page,
      `document.activeElement?.closest('.quiz-question')?.dataset.question === ${JSON.stringify(question.id)} && document.activeElement.matches('input')`,
    );
    await answerWithKeyboard(page, question, pick(question));
  }
  return questions;
}

/**
 * Answer one question with the keyboard alone, focus starting on its first input.
 * Radio groups are one tab stop (arrow keys move and select); checkboxes are one stop each.
 * Leaves focus on the question's "Check answer" button, pressed.
 */
export async function answerWithKeyboard(page, question, chosen) {
  if (question.type === 'multiple') {
    for (const [index, option] of question.options.entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      if (chosen.includes(option)) await page.keyboard.press('Space');
    }
  } else {
    // Focus lands on the checked option if there is one, else on the first; arrow keys move
    // and select (Up/Down are not mirrored in right-to-left pages, Left/Right are).
    const current = await page.evaluate(() => document.activeElement.value);
    const steps = question.options.indexOf(chosen[0]) - question.options.indexOf(current);
    await page.keyboard.press('Space');
    for (let i = 0; i < Math.abs(steps); i++)
      await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  }
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.className);
  if (focused !== 'quiz-check')
    throw new Error(`expected the check button to have focus, found "${focused}"`);
  await page.keyboard.press('Enter');
}

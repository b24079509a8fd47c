/*
 * Class results without a server: result codes pasted by a teacher (one per line, optionally
 * after a nickname) or read from learners' exported progress files, turned into counts, class
 * means with 95% confidence intervals, the hardest items and techniques, and a CSV file.
 * Bad lines are reported with their line number and reason; the rest still count.
 */
import {
  CHECK_TECHNIQUES,
  ITEM_COUNT,
  SLOTS,
  ATTEMPTS,
  isManipulativeSlot,
  type AttemptNumber,
  type CheckAnswers,
  type CheckTechnique,
  type Form,
} from './answers';
import { decodeResult, encodeResult, type CodeProblem } from './result-code';
import { RELIABLE_FROM, scoreAnswers, type CheckScores } from './scoring';
import { sanitizeCheckSection } from './attempts';

export interface ClassEntry extends CheckAnswers {
  /** The file it came from; empty for pasted codes. */
  source: string;
  line: number;
  nickname: string;
  code: string;
  scores: CheckScores;
}

export type LineProblem =
  CodeProblem | { reason: 'duplicate'; firstLine: number } | { reason: 'not-a-progress-file' };

export interface BadLine {
  source: string;
  line: number;
  text: string;
  problem: LineProblem;
}

export interface ParsedClass {
  entries: ClassEntry[];
  bad: BadLine[];
}

function entryOf(
  answers: CheckAnswers & { code: string },
  source: string,
  line: number,
  nickname: string,
): ClassEntry {
  const { form, attempt, code } = answers;
  return {
    form,
    attempt,
    answers: answers.answers,
    code,
    source,
    line,
    nickname,
    scores: scoreAnswers(answers.answers),
  };
}

/** Read pasted lines: "code", or "nickname: code" (also tab, comma or semicolon, or a space). */
export function parseCodes(text: string, source = ''): ParsedClass {
  const entries: ClassEntry[] = [];
  const bad: BadLine[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (!trimmed) return;
    const separated = /^(.*?)\s*[:\t,;]\s*([^:\t,;]+)$/.exec(trimmed);
    let nickname = separated ? separated[1]! : '';
    let result = decodeResult(separated ? separated[2]! : trimmed);
    if (!result.ok && !separated && /\s/.test(trimmed)) {
      // "Layla A1K3-9QXM-2T7D-HB4R": the first word is a nickname if the rest is a code.
      const [first, ...rest] = trimmed.split(/\s+/);
      const withNickname = decodeResult(rest.join(''));
      if (withNickname.ok || result.reason === 'bad-character') {
        nickname = first!;
        result = withNickname;
      }
    }
    if (!result.ok) return bad.push({ source, line, text: trimmed, problem: result });
    // The same code under the same nickname is one learner pasted twice.
    const key = `${nickname.trim().toLowerCase()} ${result.code}`;
    const firstLine = seen.get(key);
    if (firstLine)
      return bad.push({ source, line, text: trimmed, problem: { reason: 'duplicate', firstLine } });
    seen.set(key, line);
    entries.push(entryOf(result, source, line, nickname.slice(0, 40)));
  });
  return { entries, bad };
}

/** The check attempts in an exported progress file, as result codes (one per line). */
export function codesFromProgressFile(text: string): string[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const d = data as { format?: unknown; check?: unknown; sections?: { check?: unknown } } | null;
  if (!d || d.format !== 'second-look-progress') return null;
  return sanitizeCheckSection(d.sections?.check ?? d.check).attempts.map(encodeResult);
}

/** Two-sided 95% critical value of Student's t for `df` degrees of freedom. */
const T_975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145,
  2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048,
  2.045, 2.042,
];
export function tCritical95(df: number): number {
  if (df < 1) return NaN;
  return df <= 30 ? T_975[df - 1]! : 1.96 + 2.4 / df;
}

export interface MeanWithInterval {
  n: number;
  mean: number;
  /** 95% confidence interval; null with fewer than two learners. */
  low: number | null;
  high: number | null;
}

export function meanWithInterval(values: number[]): MeanWithInterval {
  const n = values.length;
  if (!n) return { n, mean: NaN, low: null, high: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, mean, low: null, high: null };
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1);
  const half = tCritical95(n - 1) * Math.sqrt(variance / n);
  return { n, mean, low: mean - half, high: mean + half };
}

export type ScoreName = keyof CheckScores;
export const SCORE_NAMES: ScoreName[] = ['discernment', 'scepticism', 'sharingDiscernment'];

export type AttemptSummary = { attempt: AttemptNumber; n: number } & Record<
  ScoreName,
  MeanWithInterval
>;

export function summarizeAttempts(entries: ClassEntry[]): AttemptSummary[] {
  return ATTEMPTS.map((attempt) => {
    const group = entries.filter((e) => e.attempt === attempt);
    const summary = { attempt, n: group.length } as AttemptSummary;
    for (const name of SCORE_NAMES)
      summary[name] = meanWithInterval(group.map((e) => e.scores[name]));
    return summary;
  });
}

/** An item is misjudged when a manipulative post is rated reliable (5-7) or a trustworthy one unreliable (1-3). */
export const isMisjudged = (slot: number, rating: number) =>
  isManipulativeSlot(slot) ? rating >= RELIABLE_FROM : rating <= 8 - RELIABLE_FROM;

export interface ItemDifficulty {
  itemId: string;
  form: Form;
  answered: number;
  misjudged: number;
  rate: number;
}

/** Items of every form, most often misjudged first. */
export function hardestItems(entries: ClassEntry[]): ItemDifficulty[] {
  const rows: ItemDifficulty[] = [];
  for (const form of ['A', 'B', 'C'] as Form[]) {
    const group = entries.filter((e) => e.form === form);
    if (!group.length) continue;
    for (let slot = 0; slot < ITEM_COUNT; slot++) {
      const misjudged = group.filter((e) => isMisjudged(slot, e.answers[slot]!.rating)).length;
      rows.push({
        itemId: `${form.toLowerCase()}-${SLOTS[slot]}`,
        form,
        answered: group.length,
        misjudged,
        rate: misjudged / group.length,
      });
    }
  }
  return rows.sort((a, b) => b.rate - a.rate || a.itemId.localeCompare(b.itemId));
}

export interface TechniqueDifficulty {
  technique: CheckTechnique;
  /** Attempts in which its item was rated reliable, of all attempts. */
  ratedReliable: number;
  answered: number;
  rate: number;
  meanRating: number;
}

/** Techniques, those the class most often rated reliable first. */
export function hardestTechniques(entries: ClassEntry[]): TechniqueDifficulty[] {
  return CHECK_TECHNIQUES.map((technique, slot) => {
    const ratings = entries.map((e) => e.answers[slot]!.rating);
    const ratedReliable = ratings.filter((r) => r >= RELIABLE_FROM).length;
    const answered = ratings.length;
    return {
      technique,
      ratedReliable,
      answered,
      rate: answered ? ratedReliable / answered : 0,
      meanRating: answered ? ratings.reduce((a, b) => a + b, 0) / answered : NaN,
    };
  }).sort((a, b) => b.rate - a.rate || b.meanRating - a.meanRating);
}

const csvCell = (value: string | number) => {
  const text = String(value);
  // Quote fields with separators, and defuse formulas a spreadsheet would run.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One row per attempt: who, which form and attempt, the three scores, every answer. */
export function classCsv(entries: ClassEntry[]): string {
  const header = [
    'file',
    'line',
    'nickname',
    'form',
    'attempt',
    'code',
    'discernment',
    'scepticism',
    'sharing_discernment',
    ...SLOTS.flatMap((slot) => [`${slot}_rating`, `${slot}_share`]),
  ];
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const rows = entries.map((e) => [
    e.source,
    e.line,
    e.nickname,
    e.form,
    e.attempt,
    e.code,
    round(e.scores.discernment),
    round(e.scores.scepticism),
    round(e.scores.sharingDiscernment),
    ...e.answers.flatMap((a) => [a.rating, a.share ? 1 : 0]),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

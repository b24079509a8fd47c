/* Where the build puts each quiz's question banks, so pages can link to them. */
import { withBase } from '../urls';

export const BANK_FORMATS = {
  moodle: { extension: 'moodle.xml', type: 'application/xml; charset=utf-8' },
  gift: { extension: 'gift.txt', type: 'text/plain; charset=utf-8' },
} as const;
export type BankFormat = keyof typeof BANK_FORMATS;

/** The address of a quiz's bank in one language and format. */
export function bankHref(locale: string, quizId: string, format: BankFormat): string {
  return withBase(`/question-banks/${locale}/${quizId}.${BANK_FORMATS[format].extension}`);
}

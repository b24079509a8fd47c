/*
 * Each quiz as Moodle XML and GIFT, in every language, written at build time from the same
 * quiz files the site renders: /question-banks/<locale>/<quiz>.moodle.xml and .gift.txt.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLessons, getQuiz } from '../../../data/course';
import { LOCALE_CONFIG } from '../../../i18n/locales.config.mjs';
import { toGift } from '../../../utils/question-banks/gift';
import { toMoodleXml } from '../../../utils/question-banks/moodle-xml';
import { BANK_FORMATS, type BankFormat } from '../../../utils/question-banks/files';
import type { QuestionBank } from '../../../utils/question-banks/bank';

const WRITERS: Record<BankFormat, (bank: QuestionBank) => string> = {
  moodle: toMoodleXml,
  gift: toGift,
};

export const getStaticPaths = (async () => {
  const paths = await Promise.all(
    LOCALE_CONFIG.map(async ({ code, dir, siteTitle }) =>
      (await getLessons(code)).flatMap((lesson) =>
        (Object.keys(BANK_FORMATS) as BankFormat[]).map((format) => ({
          params: { locale: code, file: `${lesson.quiz}.${BANK_FORMATS[format].extension}` },
          props: {
            format,
            bank: {
              // "/" would open a sub-category in Moodle.
              category: `${siteTitle}/${lesson.order}. ${lesson.title.replaceAll('/', '-')}`,
              lang: code,
              dir,
              idPrefix: `second-look/${code}/${lesson.quiz}`,
              quizId: lesson.quiz,
            },
          },
        })),
      ),
    ),
  );
  return paths.flat();
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { format, bank } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const quiz = await getQuiz(bank.lang as never, bank.quizId);
  const body = WRITERS[format]({ ...bank, quiz });
  return new Response(body, { headers: { 'content-type': BANK_FORMATS[format].type } });
};

/** Adding up the course's timings, per delivery format. */
import type { PlanFormat } from '../schemas/guide';

export interface Total {
  minutes: number;
  hours: number;
  rest: number;
}

export function courseTotals(
  lessons: Array<Record<PlanFormat, number>>,
): Record<PlanFormat, Total> {
  const total = (format: PlanFormat): Total => {
    const minutes = lessons.reduce((sum, lesson) => sum + lesson[format], 0);
    return { minutes, hours: Math.floor(minutes / 60), rest: minutes % 60 };
  };
  return {
    selfStudy: total('selfStudy'),
    classroom: total('classroom'),
    workshop: total('workshop'),
  };
}

/* The two measures the check's charts show, with their scales; shared by learner and class views. */
export const chartMeasures = (t: (key: 'check.discernment' | 'check.scepticism') => string) => [
  {
    name: 'discernment',
    title: t('check.discernment'),
    min: -6,
    max: 6,
    base: 0,
    ticks: [-6, -3, 0, 3, 6],
  },
  { name: 'scepticism', title: t('check.scepticism'), min: 1, max: 7, base: 1, ticks: [1, 4, 7] },
];

import { describe, expect, it } from 'vitest';
import {
  lateralRank,
  RUBRIC_LEVELS,
  scoreOrder,
  scoreRate,
  scoreSort,
  scoreSpot,
  sequenceFromPositions,
  shuffledOrder,
  type RateAnswer,
} from '../src/utils/exercise-scoring';

const posts = [
  { id: 'a', honest: true },
  { id: 'b', honest: true },
  { id: 'c', honest: false, technique: 'fearmongering' },
  { id: 'd', honest: false, technique: 'out-of-context' },
];
const everyPost = (answer: RateAnswer) =>
  Object.fromEntries(posts.map((p) => [p.id, answer])) as Record<string, RateAnswer>;

describe('rate: discernment, not distrust', () => {
  it('gives full discernment to a learner who shares the honest posts only', () => {
    const result = scoreRate(posts, {
      a: { call: 'share' },
      b: { call: 'share' },
      c: { call: 'dont-share', technique: 'fearmongering' },
      d: { call: 'check', technique: 'out-of-context' },
    });
    expect(result).toEqual({
      discernment: 1,
      callsRight: 4,
      techniquesRight: 2,
      score: 6,
      maxScore: 6,
    });
  });

  it('gives no discernment to a learner who distrusts everything', () => {
    for (const call of ['dont-share', 'check'] as const) {
      const result = scoreRate(posts, everyPost({ call }));
      expect(result.discernment).toBe(0);
      // Half the calls are "right" by accident; discernment shows that nothing was told apart.
      expect(result.callsRight).toBe(2);
    }
  });

  it('gives no discernment to a learner who shares everything', () => {
    expect(scoreRate(posts, everyPost({ call: 'share' })).discernment).toBe(0);
  });

  it('is negative when manipulative posts are trusted more than honest ones', () => {
    const result = scoreRate(posts, {
      a: { call: 'dont-share' },
      b: { call: 'check' },
      c: { call: 'share' },
      d: { call: 'share' },
    });
    expect(result.discernment).toBe(-1);
    expect(result.callsRight).toBe(0);
  });

  it('credits a technique only when it is the right one, and ignores unanswered posts', () => {
    const result = scoreRate(posts, {
      a: { call: 'share' },
      c: { call: 'check', technique: 'scapegoating' },
      d: { call: 'dont-share', technique: 'out-of-context' },
    });
    expect(result.techniquesRight).toBe(1);
    expect(result.callsRight).toBe(3);
    expect(result.discernment).toBe(0.5);
  });
});

describe('spot', () => {
  it('counts phrases given the right technique, including "nothing wrong here"', () => {
    const phrases = [
      { id: 'p1', technique: 'emotional-language' },
      { id: 'p2', technique: 'none' },
      { id: 'p3', technique: 'impersonation' },
    ];
    expect(scoreSpot(phrases, { p1: 'emotional-language', p2: 'none', p3: 'none' })).toEqual({
      score: 2,
      maxScore: 3,
    });
    expect(scoreSpot(phrases, {})).toEqual({ score: 0, maxScore: 3 });
  });
});

describe('order', () => {
  const right = ['a', 'b', 'c', 'd'];
  it('scores a right sequence fully', () => {
    expect(scoreOrder(right, right)).toEqual({ score: 4, maxScore: 4, pairsInOrder: 6, pairs: 6 });
  });
  it('counts items in place and pairs still in order', () => {
    // One item moved from the end to the start: nothing is in place, but most pairs hold.
    expect(scoreOrder(right, ['d', 'a', 'b', 'c'])).toEqual({
      score: 0,
      maxScore: 4,
      pairsInOrder: 3,
      pairs: 6,
    });
    expect(scoreOrder(right, ['d', 'c', 'b', 'a']).pairsInOrder).toBe(0);
    expect(scoreOrder(right, ['a', 'c', 'b', 'd']).score).toBe(2);
  });
  it('reads numbered boxes as a sequence, blanks last and ties in shown order', () => {
    expect(sequenceFromPositions(['c', 'a', 'b', 'd'], { a: 1, b: 2, c: 3, d: 4 })).toEqual(right);
    expect(sequenceFromPositions(['c', 'a', 'b', 'd'], { a: 1, b: 1 })).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });
});

describe('sort and the moderation desk', () => {
  const items = [
    { id: 'memorial', groups: ['keep'] },
    { id: 'recruiting', groups: ['remove'] },
    { id: 'research', groups: ['keep', 'label'] },
    { id: 'evidence', groups: ['escalate'] },
  ];
  const staysUp = { keep: true, label: true, remove: false, escalate: false };

  it('gives a point per item in a right group, alternative groups included', () => {
    const result = scoreSort(items, {
      memorial: 'keep',
      recruiting: 'remove',
      research: 'label',
      evidence: 'escalate',
    });
    expect(result.score).toBe(4);
    expect(result.maxScore).toBe(4);
  });

  it('counts the two kinds of moderation error apart', () => {
    const result = scoreSort(
      items,
      { memorial: 'remove', recruiting: 'keep', research: 'escalate', evidence: 'label' },
      staysUp,
    );
    expect(result).toEqual({ score: 0, maxScore: 4, wronglyRemoved: 2, wronglyLeftUp: 2 });
  });

  it('does not count an error when the wrong group has the same effect', () => {
    // Removing what should be escalated is wrong, but it leaves nothing harmful up.
    const result = scoreSort(items, { evidence: 'remove' }, staysUp);
    expect(result).toEqual({ score: 0, maxScore: 4, wronglyRemoved: 0, wronglyLeftUp: 0 });
  });

  it('counts no moderation errors for an ordinary sort', () => {
    const result = scoreSort(items, { memorial: 'remove' });
    expect(result.wronglyRemoved + result.wronglyLeftUp).toBe(0);
  });
});

describe('lateral reading: the rubric level depends on what was opened', () => {
  const essential = ['search', 'fact-check'];
  const levelOf = (result: Parameters<typeof lateralRank>[0]) => RUBRIC_LEVELS[lateralRank(result)];
  it('is "beginning" when judging on the post alone, even when the answer is right', () => {
    expect(levelOf({ correct: true, opened: [], essential })).toBe('beginning');
    expect(levelOf({ correct: false, opened: [], essential })).toBe('beginning');
  });
  it('is "emerging" after opening some pages, or all of them with a wrong judgement', () => {
    expect(levelOf({ correct: true, opened: ['about'], essential })).toBe('emerging');
    expect(levelOf({ correct: true, opened: ['search'], essential })).toBe('emerging');
    expect(levelOf({ correct: false, opened: ['search', 'fact-check', 'about'], essential })).toBe(
      'emerging',
    );
  });
  it('is "mastery" for the right judgement after opening every essential page', () => {
    expect(levelOf({ correct: true, opened: ['fact-check', 'search'], essential })).toBe('mastery');
  });
});

describe('the worksheet order of an order exercise', () => {
  it('is the same on every build, holds every item and is never the right order', () => {
    for (const right of [
      ['a', 'b', 'c'],
      ['kobani', 'tikrit', 'ramadi', 'mosul', 'raqqa', 'baghuz'],
    ]) {
      const shown = shuffledOrder(right);
      expect(shown).toEqual(shuffledOrder(right));
      expect([...shown].sort()).toEqual([...right].sort());
      expect(shown).not.toEqual(right);
    }
  });
});

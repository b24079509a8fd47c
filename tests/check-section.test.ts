import { describe, expect, it } from 'vitest';
import '../src/utils/check/check-section';
import { mergeSections, parseProgress } from '../src/utils/progress-store';
import { uniform } from './support/check';

const attempt = (n: 1 | 2, form: 'A' | 'B', at: string) => ({
  form,
  attempt: n,
  answers: uniform(4, n === 2),
  at,
});

describe('the "check" progress section', () => {
  it('survives a progress file read back, and drops damaged attempts with a notice', () => {
    const good = attempt(1, 'A', '2026-10-01T10:00:00.000Z');
    const text = JSON.stringify({
      format: 'second-look-progress',
      version: 2,
      check: { attempts: [good, { ...good, attempt: 2, answers: [] }] },
    });
    const { progress, notices } = parseProgress(text, []);
    expect(progress.check).toEqual({ attempts: [good] });
    expect(notices).toEqual(['entriesReset']);
    expect(
      parseProgress(
        JSON.stringify({ format: 'second-look-progress', version: 2, check: { attempts: [good] } }),
        [],
      ).notices,
    ).toEqual([]);
  });

  it('merges an imported file with the attempts already here', () => {
    const here = {
      format: 'second-look-progress' as const,
      version: 2 as const,
      check: { attempts: [attempt(1, 'A', '2026-10-02T00:00:00.000Z')] },
    };
    const merged = mergeSections(here, {
      check: {
        attempts: [
          attempt(1, 'B', '2026-10-01T00:00:00.000Z'),
          attempt(2, 'A', '2026-11-01T00:00:00.000Z'),
        ],
      },
    });
    expect((merged.check as { attempts: { form: string }[] }).attempts.map((a) => a.form)).toEqual([
      'B',
      'A',
    ]);
  });
});

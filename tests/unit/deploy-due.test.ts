/** `npm run due`: the decision itself, and the command as the scheduled workflow runs it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { deployDecision, describeDecision } from '@/lib/publishing/deploy-due';

const at = (iso: string) => new Date(iso);
const post = (sourcePath: string, iso: string) => ({ sourcePath, date: at(iso) });

describe('deployDecision', () => {
  const since = at('2026-12-03T00:00:00Z');
  const now = at('2026-12-03T00:30:00Z');

  it('is due when a scheduled post’s time came since the last run, and names it', () => {
    const decision = deployDecision([post('a.md', '2026-12-03T00:15:00Z')], since, now);
    expect(decision).toEqual({
      due: true,
      reasons: [{ sourcePath: 'a.md', at: at('2026-12-03T00:15:00Z'), what: 'published' }],
    });
  });

  it('is not due for a post still in the future, nor for one already published before the last run', () => {
    expect(
      deployDecision(
        [post('later.md', '2026-12-03T00:31:00Z'), post('old.md', '2026-11-01T00:00:00Z')],
        since,
        now,
      ).due,
    ).toBe(false);
  });

  it("is due when an article leaves the listings' 24-hour window", () => {
    expect(deployDecision([post('day-old.md', '2026-12-02T00:10:00Z')], since, now).reasons).toEqual([
      { sourcePath: 'day-old.md', at: at('2026-12-03T00:10:00Z'), what: 'left-listing-time-window' },
    ]);
  });

  it("is due when an article leaves the news sitemap's 48-hour window", () => {
    expect(deployDecision([post('two-days.md', '2026-12-01T00:20:00Z')], since, now).reasons).toEqual([
      { sourcePath: 'two-days.md', at: at('2026-12-03T00:20:00Z'), what: 'left-news-window' },
    ]);
  });

  it('counts a moment exactly at now, not one exactly at since (each is deployed once)', () => {
    expect(deployDecision([post('edge.md', '2026-12-03T00:30:00Z')], since, now).due).toBe(true);
    expect(deployDecision([post('edge.md', '2026-12-03T00:00:00Z')], since, now).due).toBe(false);
  });

  it('lists every reason in time order and says why in the log', () => {
    const decision = deployDecision(
      [post('b.md', '2026-12-03T00:20:00Z'), post('a.md', '2026-12-02T00:05:00Z')],
      since,
      now,
    );
    expect(decision.reasons.map((reason) => reason.sourcePath)).toEqual(['a.md', 'b.md']);
    expect(describeDecision(decision, since, now)).toEqual([
      'Deploy due: 2 changes between 2026-12-03 09:00 and 2026-12-03 09:30 (Seoul).',
      "  a.md: at 2026-12-03 09:05, it left the listings' 24-hour window (listings show its day instead of its time)",
      '  b.md: at 2026-12-03 09:20, its publication time came (a scheduled post the last build held back)',
    ]);
    expect(describeDecision({ due: false, reasons: [] }, since, now)).toEqual([
      'No deploy due: no post was published or left a time window between 2026-12-03 09:00 and 2026-12-03 09:30 (Seoul).',
    ]);
  });

  it('refuses a last run later than now', () => {
    expect(() => deployDecision([], now, since)).toThrow(RangeError);
  });
});

describe('npm run due', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'newsdao-due-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  // A scheduled post in Seoul time, and an old one whose windows passed long ago.
  writeFileSync(
    path.join(folder, '2026-12-03-scheduled.md'),
    '---\ntitle: 예약 기사\ndate: 2026-12-03 09:15:00 +0900\n---\n\n본문\n',
  );
  writeFileSync(path.join(folder, '2020-01-01-old.md'), '---\ntitle: 지난 기사\n---\n\n본문\n');

  function due(...args: string[]) {
    const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/due.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: folder },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('exits 0 and names the post when its time came since --since', () => {
    const result = due('--since', '2026-12-03T00:00:00Z', '--now', '2026-12-03T00:30:00Z');
    expect(result.stdout).toContain('Deploy due: 1 change');
    expect(result.stdout).toContain(
      '2026-12-03-scheduled.md: at 2026-12-03 09:15, its publication time came',
    );
    expect(result.status).toBe(0);
  }, 30_000);

  it('exits 1 and says so when nothing changed, before the post’s time', () => {
    const result = due('--since=2026-12-02T23:00:00Z', '--now=2026-12-02T23:30:00Z');
    expect(result.stdout).toContain('No deploy due');
    expect(result.status).toBe(1);
  }, 30_000);

  it("exits 0 a day later, when it leaves the listings' time window", () => {
    const result = due('--since', '2026-12-04T00:00:00Z', '--now', '2026-12-04T00:30:00Z');
    expect(result.stdout).toContain("left the listings' 24-hour window");
    expect(result.status).toBe(0);
  }, 30_000);

  it('exits 2 on a missing or zoneless --since', () => {
    expect(due().status).toBe(2);
    const zoneless = due('--since', '2026-12-03 09:00');
    expect(zoneless.status).toBe(2);
    expect(zoneless.stderr).toContain('is not an ISO time with a zone');
  }, 30_000);
});

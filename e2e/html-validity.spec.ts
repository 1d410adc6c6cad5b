import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { CHECKED_PAGES } from './support/pages';
import { expect, test } from './support/test';

const run = promisify(execFile);
const VNU = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

type VnuMessage = { type: string; url: string; lastLine?: number; message: string; extract?: string };

function isVnuReport(value: unknown): value is { messages: VnuMessage[] } {
  return typeof value === 'object' && value !== null && 'messages' in value && Array.isArray(value.messages);
}

test('the Nu HTML Checker finds no error on any checked page', async ({ request }) => {
  test.setTimeout(120_000);
  const folder = await mkdtemp(path.join(tmpdir(), 'newsdao-vnu-'));
  try {
    const files: string[] = [];
    for (const { name, path: pagePath } of CHECKED_PAGES) {
      const response = await request.get(pagePath);
      const file = path.join(folder, `${name.replace(/\W+/g, '-')}.html`);
      await writeFile(file, await response.text());
      files.push(file);
    }
    // vnu exits 1 when it finds errors; the report on stderr is what the test reads either way.
    const result = await run('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }));
    const report: unknown = JSON.parse(result.stderr || '{"messages":[]}');
    if (!isVnuReport(report)) throw new Error(`vnu printed no report: ${result.stderr}`);
    const errors = report.messages.map(
      (message) =>
        `${path.basename(message.url)}:${message.lastLine ?? '?'} ${message.message} ${message.extract ?? ''}`,
    );
    expect(errors).toEqual([]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

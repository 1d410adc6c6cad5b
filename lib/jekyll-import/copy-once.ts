/** Copies that never overwrite: a file already there with other bytes is kept, and the caller says so. */
import { copyFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type CopyOutcome = 'copied' | 'same' | 'different';

export const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [left, right] = await Promise.all([readFile(a), readFile(b)]);
  return left.equals(right);
}

/** Copies `from` to `to` unless a different file is already there; says what happened. */
export async function copyOnce(from: string, to: string): Promise<CopyOutcome> {
  if (await exists(to)) return (await sameBytes(from, to)) ? 'same' : 'different';
  await mkdir(path.dirname(to), { recursive: true });
  await copyFile(from, to);
  return 'copied';
}

/** Writes `bytes` to `to` unless a different file is already there; says what happened. */
export async function writeOnce(bytes: Buffer, to: string): Promise<CopyOutcome> {
  if (await exists(to)) return (await readFile(to)).equals(bytes) ? 'same' : 'different';
  await mkdir(path.dirname(to), { recursive: true });
  await writeFile(to, bytes);
  return 'copied';
}

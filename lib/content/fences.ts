const FENCE = /^\s*(`{3,}|~{3,})/;

/** Each line of a markdown text with its 0-based index and start offset, and whether it is fenced code. */
export function markdownLines(
  text: string,
): { line: string; index: number; offset: number; inFence: boolean }[] {
  const result: { line: string; index: number; offset: number; inFence: boolean }[] = [];
  let offset = 0;
  let fence: string | undefined;
  text.split('\n').forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    let inFence = fence !== undefined;
    if (fence) {
      if (marker?.startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') fence = undefined;
    } else if (marker) {
      fence = marker;
      inFence = true;
    }
    result.push({ line, index, offset, inFence });
    offset += line.length + 1;
  });
  return result;
}

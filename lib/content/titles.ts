import { splitDatedFileName } from '../clock';

/**
 * Jekyll's title for a post without one: the file name without its date, words split on hyphens, each
 * word capitalised. Unlike Jekyll's `capitalize`, the rest of each word is kept as written, so that
 * `sme` becomes `Sme` but `SME` stays `SME`.
 */
export function titleFromFileName(baseName: string): string {
  const { rest } = splitDatedFileName(baseName.normalize('NFC'));
  return rest
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

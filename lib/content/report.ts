import { formatProblem, type ContentProblem } from './problems';

export type ReportFormat = 'text' | 'github';

/** GitHub Actions annotation: the problem shows on the pull request's diff, at its line. */
function githubAnnotation(problem: ContentProblem, contentRoot: string): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const file = contentRoot ? `${contentRoot.replace(/\/$/, '')}/${problem.file}` : problem.file;
  const level = problem.severity === 'error' ? 'error' : 'warning';
  return `::${level} file=${property(file)},line=${problem.line},col=${problem.column},title=${property(problem.field)}::${escape(`${problem.message} — ${problem.hint}`)}`;
}

/** Errors first, then warnings, each group under its own heading so the two never mix. */
/** By file, then position, so an editor can work down one file at a time. */
function byPlace(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

export function formatReport(problems: ContentProblem[], format: ReportFormat, contentRoot = ''): string {
  const errors = problems.filter((problem) => problem.severity === 'error').sort(byPlace);
  const warnings = problems.filter((problem) => problem.severity === 'warning').sort(byPlace);
  if (format === 'github')
    return [...errors, ...warnings].map((problem) => githubAnnotation(problem, contentRoot)).join('\n');
  const section = (title: string, list: ContentProblem[]) =>
    list.length === 0
      ? []
      : [`${title} (${list.length})`, ...list.map((problem) => `  ${formatProblem(problem)}`)];
  return [...section('오류 errors', errors), ...section('경고 warnings', warnings)].join('\n');
}

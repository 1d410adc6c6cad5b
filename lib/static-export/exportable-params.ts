/**
 * `output: 'export'` refuses a dynamic route whose `generateStaticParams` yields nothing, and a small
 * archive has nothing to list on several of them (no second page, no category). Every dynamic route
 * passes its params through here: when the list is empty in a static export, it yields one placeholder
 * param, every value `_`, which can never be a slug or a page number, so its page answers 404; and
 * scripts/finish-static-export.ts removes what the export wrote for it. Outside an export an empty
 * list is valid (pages render on request) and stays empty.
 */
export const EXPORT_PLACEHOLDER = '_';

export function isStaticExport(environment: Record<string, string | undefined> = process.env): boolean {
  return environment.STATIC_EXPORT === '1';
}

export function exportableParams<Param>(
  params: Param[],
  placeholder: Param,
  staticExport = isStaticExport(),
): Param[] {
  return params.length > 0 || !staticExport ? params : [placeholder];
}

/** Whether a path the export wrote belongs to a placeholder page (a `_` segment, or `_.html`/`_.txt`…). */
export function isPlaceholderOutput(relativePath: string): boolean {
  return relativePath
    .split(/[\\/]/)
    .some((segment) => segment === EXPORT_PLACEHOLDER || segment.startsWith(`${EXPORT_PLACEHOLDER}.`));
}

import { formatSiteFiles, oldSiteAddressLines } from './import-public-files';
import type { ImportReport } from './import-site';

/** The report an editor reads after an import: what came over, what needs a look, and where old links go. */
export function formatImportReport(report: ImportReport): string {
  const imported = report.posts.filter((post) => post.newPath !== undefined);
  const attention = report.posts.filter((post) => post.attention.length > 0);
  const resolved = report.posts.reduce((sum, post) => sum + post.liquidResolved.length, 0);
  const left = report.posts.reduce((sum, post) => sum + post.liquidLeft.length, 0);
  const oldPaths = imported.reduce((sum, post) => sum + post.oldPaths.length, 0);
  const repaired = report.posts.filter((post) => post.repairs.length > 0);
  const lines = [
    `Jekyll 가져오기 결과 (permalink: ${report.site.permalink}, timezone: ${report.site.timeZone}, baseurl: ${report.site.baseurl || '없음'})`,
    `  가져온 기사 imported: ${imported.length}`,
    `  확인 필요 needing attention: ${attention.length}`,
    `  그림·파일 assets copied to public/: ${report.assetsCopied.length}`,
    `  Liquid: ${resolved} resolved by the site, ${left} left as text`,
    `  옛 주소 permalinks mapped: ${oldPaths} old addresses → ${imported.length} articles`,
    `  고정 페이지 pages into _pages/: ${report.pages.length}`,
    `  기자 목록 _data/authors.yml: ${report.authorsCopied ? 'copied' : 'none'}`,
    `  포털·광고 파일 portal and ad files copied to public/: ${report.publicFilesCopied.join(', ') || 'none'}`,
    ...oldSiteAddressLines(report.site),
  ];
  if (repaired.length > 0) {
    lines.push(
      '',
      `머리말 고침 (front matter repaired by --repair in the copies; the Jekyll site is unchanged): ${repaired.length} posts`,
    );
    for (const post of repaired) {
      lines.push(`  ${post.file}`);
      for (const change of post.repairs) {
        change.before.forEach((before, index) => lines.push(`    ${change.line + index} - ${before}`));
        lines.push(`    ${change.line} + ${change.after}`);
      }
    }
  }
  if (report.pages.length > 0) {
    lines.push('', '고정 페이지 (pages)', ...report.pages.map((page) => `  ${page.path}  ← ${page.file}`));
  }
  if (attention.length > 0) {
    lines.push('', '확인 필요 (needing attention)');
    for (const post of attention)
      lines.push(`  ${post.file}`, ...post.attention.map((note) => `    - ${note}`));
  }
  if (report.skipped.length > 0)
    lines.push('', '가져오지 않음 (skipped)', ...report.skipped.map((note) => `  - ${note}`));
  lines.push(...formatSiteFiles(report.siteFiles));
  if (imported.length > 0) {
    lines.push('', '옛 주소 → 새 주소 (permalinks mapped; each answers with a permanent redirect)');
    for (const post of imported) {
      lines.push(
        `  ${post.newPath ? decodeURI(post.newPath) : ''}  ← ${post.file}`,
        ...post.oldPaths.map((oldPath) => `    ${oldPath}`),
      );
    }
  }
  return lines.join('\n');
}

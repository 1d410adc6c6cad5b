import { z } from 'zod';

import { frontMatterText } from '../front-matter-text';
import type { ContentProblem } from '../problems';
import { lineOfKeyPath, parseDataFile, type DataFile } from './data-file';

/** `_data/publisher.yml`: what 신문법 제21조 and 청소년보호법 ask an internet newspaper to show. */
export type Publisher = {
  /** 제호 */
  name: string;
  registrationNumber: string;
  registrationDate: string;
  publisher: string;
  editor: string;
  youthProtectionOfficer: string;
  address: string;
  phone: string;
  email: string;
  copyright: string;
  /** A site path or http(s) address; undefined means the site icon. */
  logo: string | undefined;
};

export const PUBLISHER_FILE = '_data/publisher.yml';

// Printed by a Jekyll theme as HTML, so entities mean what they say (front-matter-text.ts); invisible
// characters go, as they do from a post's front matter.
const text = z
  .union([z.string(), z.number(), z.boolean()])
  .transform((value) => frontMatterText(String(value)).trim());

const publisherSchema = z.strictObject({
  name: text.optional(),
  registration_number: text.optional(),
  registration_date: text.optional(),
  publisher: text.optional(),
  editor: text.optional(),
  youth_protection_officer: text.optional(),
  address: text.optional(),
  phone: text.optional(),
  email: z
    .string()
    .trim()
    .regex(/^$|^[^\s@]+@[^\s@]+$/, 'email must be an address such as desk@newsdao.kr')
    .optional(),
  copyright: text.optional(),
  logo: z
    .string()
    .trim()
    .refine(
      (value) => value.startsWith('/') || /^https?:\/\//i.test(value),
      'logo must be a site path (/assets/logo.png) or an http(s) address',
    )
    .optional(),
});

/** The fields the law names, with what the footer calls them. */
export const LEGAL_FIELDS = {
  name: '제호',
  registration_number: '등록번호',
  registration_date: '등록연월일',
  publisher: '발행인',
  editor: '편집인',
  youth_protection_officer: '청소년보호책임자',
  address: '발행소 주소',
  phone: '전화번호',
} as const;

/** The example values shipped in content/ say this, so a real site cannot go live with them unnoticed. */
export const EXAMPLE_MARKER = '예시';

const HINTS: Record<string, string> = {
  email: 'write email as an address, e.g. email: desk@newsdao.kr',
  logo: "write logo as a path such as '/assets/img/logo.png'",
};

export type PublisherResult = { publisher: Publisher | undefined; problems: ContentProblem[] };

/**
 * Checks `publisher.yml`. Without the file there is no publisher block and no message (a personal site).
 * With it, every empty legal field is a warning, and so are 예시 values when `realSite` (a real SITE_URL).
 */
export function publisherFromFile(
  file: DataFile | undefined,
  siteName: string,
  realSite: boolean,
): PublisherResult {
  if (!file) return { publisher: undefined, problems: [] };
  const parsed = parseDataFile(file);
  if (parsed.problems.length > 0) return { publisher: undefined, problems: parsed.problems };
  const problems: ContentProblem[] = [];
  const report = (severity: ContentProblem['severity'], field: string, message: string, hint: string) =>
    problems.push({
      severity,
      file: file.relativePath,
      line: lineOfKeyPath(file.source, [field]),
      column: 1,
      field,
      message,
      hint,
    });
  const values = Object.fromEntries(Object.entries(parsed.value).filter(([, value]) => value !== null));
  const checked = publisherSchema.safeParse(values);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : 'file'));
      const message =
        issue.code === 'unrecognized_keys'
          ? `${issue.keys.join(', ')} is not a publisher field`
          : issue.message;
      report(
        'error',
        field,
        message,
        HINTS[field] ?? `see docs/content.md (${PUBLISHER_FILE}) for the fields`,
      );
    }
    return { publisher: undefined, problems };
  }
  const fields = checked.data;
  for (const [field, label] of Object.entries(LEGAL_FIELDS)) {
    if (!fields[field as keyof typeof LEGAL_FIELDS]) {
      report(
        'warning',
        field,
        `${label} (${field}) is empty; 신문법 제21조 and 청소년보호법 ask a news site to show it`,
        `fill in ${field}: in ${PUBLISHER_FILE}`,
      );
    }
  }
  if (realSite) {
    for (const [field, value] of Object.entries(fields)) {
      if (typeof value === 'string' && value.includes(EXAMPLE_MARKER)) {
        report(
          'warning',
          field,
          `still holds the example value "${value}" on a real site`,
          `replace the ${EXAMPLE_MARKER} value with the outlet's own`,
        );
      }
    }
  }
  return {
    publisher: {
      name: fields.name || siteName,
      registrationNumber: fields.registration_number ?? '',
      registrationDate: fields.registration_date ?? '',
      publisher: fields.publisher ?? '',
      editor: fields.editor ?? '',
      youthProtectionOfficer: fields.youth_protection_officer ?? '',
      address: fields.address ?? '',
      phone: fields.phone ?? '',
      email: fields.email ?? '',
      copyright: fields.copyright ?? '',
      logo: fields.logo || undefined,
    },
    problems,
  };
}

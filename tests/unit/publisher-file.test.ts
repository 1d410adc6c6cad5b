import { describe, expect, test } from 'vitest';

import { publisherFromFile } from '@/lib/content/site/publisher';
import { isRealSiteOrigin } from '@/lib/content/site/site-files';

const FILE = '_data/publisher.yml';
const full = [
  'name: 뉴스다오',
  'registration_number: 서울 아12345',
  'registration_date: 2023-09-01',
  'publisher: 홍길동',
  'editor: 김편집',
  'youth_protection_officer: 이보호',
  'address: 서울특별시 중구 세종대로 1',
  'phone: 02-123-4567',
  'email: desk@newsdao.kr',
  'copyright: 저작권자 © 뉴스다오 무단전재 및 재배포 금지',
].join('\n');
const read = (source: string, realSite = false) =>
  publisherFromFile({ relativePath: FILE, source }, '뉴스다오', realSite);

describe('_data/publisher.yml', () => {
  test('a full file gives every field as text (a date and a phone number are never converted) and no problem', () => {
    const { publisher, problems } = read(full);
    expect(problems).toEqual([]);
    expect(publisher).toMatchObject({
      name: '뉴스다오',
      registrationNumber: '서울 아12345',
      registrationDate: '2023-09-01',
      phone: '02-123-4567',
      youthProtectionOfficer: '이보호',
      logo: undefined,
    });
  });

  test('no file: no publisher and no message, so a personal site builds', () => {
    expect(publisherFromFile(undefined, '뉴스다오', true)).toEqual({ publisher: undefined, problems: [] });
  });

  test('an empty legal field is a warning at its line naming the field and the law', () => {
    const { publisher, problems } = read(full.replace('editor: 김편집', 'editor:'));
    expect(publisher?.editor).toBe('');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: FILE,
        line: 5,
        field: 'editor',
        message: expect.stringContaining('편집인'),
      }),
    ]);
  });

  test('a missing legal field warns too', () => {
    const { problems } = read('name: 뉴스다오');
    expect(problems.map((problem) => problem.field)).toEqual([
      'registration_number',
      'registration_date',
      'publisher',
      'editor',
      'youth_protection_officer',
      'address',
      'phone',
    ]);
  });

  test('an unknown field, a bad email or a javascript: logo is an error at its line', () => {
    const { publisher, problems } = read(`${full}\nlogo: javascript:alert(1)\nfax: 02-000\n`);
    expect(publisher).toBeUndefined();
    expect(problems.map((problem) => [problem.severity, problem.field, problem.line])).toEqual(
      expect.arrayContaining([
        ['error', 'logo', 11],
        ['error', 'fax', 12],
      ]),
    );
    expect(read(full.replace('desk@newsdao.kr', 'not an address')).problems[0]).toMatchObject({
      field: 'email',
      line: 9,
    });
  });

  test('a YAML syntax error names the file and line', () => {
    expect(read('name: [뉴스다오\nphone: 1').problems[0]).toMatchObject({
      severity: 'error',
      file: FILE,
      field: 'file',
    });
  });

  test('예시 values warn only for a real SITE_URL', () => {
    const example = full.replace('홍길동', '홍길동 (예시)');
    expect(read(example, false).problems).toEqual([]);
    expect(read(example, true).problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'publisher',
        line: 4,
        message: expect.stringContaining('예시'),
      }),
    ]);
  });

  test('localhost and .test origins are not real sites; any other is', () => {
    expect(isRealSiteOrigin('http://localhost:3000')).toBe(false);
    expect(isRealSiteOrigin('http://127.0.0.1:3100')).toBe(false);
    expect(isRealSiteOrigin('https://e2e.newsdao.test')).toBe(false);
    expect(isRealSiteOrigin('https://newsdao.kr')).toBe(true);
  });

  test('values are read as a theme prints them: entities decoded, invisible characters gone', () => {
    const { publisher } = read(full.replace('name: 뉴스다오', 'name: "뉴스&amp;다오\u202e"'));
    expect(publisher?.name).toBe('뉴스&다오');
  });
});

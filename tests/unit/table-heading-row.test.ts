import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';

import { renderMarkdown } from '@/lib/content/render/render-markdown';
import { isHeadingRow, promoteHeadingRow } from '@/lib/content/render/table-heading-row';

import { elements, firstElement, html } from './support/posts';

/** The seed post's contact table, as the Tistory editor wrote it. */
const SEED_TABLE = `<table>
<tbody>
<tr>
<td style="text-align: center; height: 17px;"><b>문의</b></td>
<td style="text-align: center; height: 17px;"><b>연락처</b></td>
</tr>
<tr>
<td style="text-align: center; height: 17px;"><b>중소벤처기업부 기술혁신정책과</b></td>
<td style="text-align: center; height: 17px;"><b>044-204-7741</b></td>
</tr>
<tr>
<td style="text-align: center; height: 17px;"><b>경찰청 과학치안산업팀</b></td>
<td style="text-align: center; height: 17px;"><b>02-3150-2605</b></td>
</tr>
</tbody>
</table>`;

const table = (fragment: string): Element => firstElement(fragment, 'table');
const text = (element: Element) => html({ type: 'root', children: element.children });

describe('isHeadingRow', () => {
  test("the seed's bold 문의 | 연락처 first row is a heading row", () => {
    expect(isHeadingRow(table(SEED_TABLE))).toBe(true);
  });

  test('a first row with digits is data', () => {
    expect(
      isHeadingRow(
        table(
          '<table><tr><td><b>2023년</b></td><td><b>2024년</b></td></tr><tr><td>1</td><td>2</td></tr></table>',
        ),
      ),
    ).toBe(false);
  });

  test('a first row that is not bold is data', () => {
    expect(
      isHeadingRow(
        table('<table><tr><td>문의</td><td>연락처</td></tr><tr><td>가</td><td>나</td></tr></table>'),
      ),
    ).toBe(false);
  });

  test('a first row that is only partly bold is data', () => {
    expect(
      isHeadingRow(
        table(
          '<table><tr><td><b>문의</b> 안내</td><td><b>연락처</b></td></tr><tr><td>가</td><td>나</td></tr></table>',
        ),
      ),
    ).toBe(false);
  });

  test('a first row with one bold and one plain cell is data', () => {
    expect(
      isHeadingRow(
        table('<table><tr><td><b>문의</b></td><td>연락처</td></tr><tr><td>가</td><td>나</td></tr></table>'),
      ),
    ).toBe(false);
  });

  test('a first row with an empty cell is data', () => {
    expect(
      isHeadingRow(
        table('<table><tr><td><b>문의</b></td><td></td></tr><tr><td>가</td><td>나</td></tr></table>'),
      ),
    ).toBe(false);
  });

  test('long bold text is a data row, not a heading', () => {
    const long = '아주 긴 굵은 글씨로 쓴 첫째 칸의 설명 문장입니다';
    expect(
      isHeadingRow(
        table(
          `<table><tr><td><b>${long}</b></td><td><b>짧음</b></td></tr><tr><td>가</td><td>나</td></tr></table>`,
        ),
      ),
    ).toBe(false);
  });

  test('<strong> counts as bold', () => {
    expect(
      isHeadingRow(
        table(
          '<table><tr><td><strong>이름</strong></td><td><strong>역할</strong></td></tr><tr><td>가</td><td>나</td></tr></table>',
        ),
      ),
    ).toBe(true);
  });

  test('a table whose first row already uses <th> is headed, digits or not', () => {
    expect(
      isHeadingRow(table('<table><tr><th>2023</th><th>2024</th></tr><tr><td>1</td><td>2</td></tr></table>')),
    ).toBe(true);
  });

  test('a one-row table is not headed', () => {
    expect(isHeadingRow(table('<table><tr><td><b>문의</b></td><td><b>연락처</b></td></tr></table>'))).toBe(
      false,
    );
  });

  test('a table with no rows is not headed', () => {
    expect(isHeadingRow(table('<table></table>'))).toBe(false);
  });
});

describe('promoteHeadingRow', () => {
  test('the seed\'s first row becomes <thead> with <th scope="col"> and no <b>', () => {
    const element = table(SEED_TABLE);
    promoteHeadingRow(element);
    const [thead] = elements(element, 'thead');
    expect(thead).toBeDefined();
    const headings = elements(thead!, 'th');
    expect(headings.map(text)).toEqual(['문의', '연락처']);
    expect(headings.every((th) => th.properties.scope === 'col')).toBe(true);
    expect(elements(thead!, 'b')).toEqual([]);
    const [tbody] = elements(element, 'tbody');
    expect(elements(tbody!, 'tr')).toHaveLength(2);
    expect(elements(tbody!, 'th')).toEqual([]);
    expect(elements(tbody!, 'td').map(text)).toContain('<b>044-204-7741</b>');
  });

  test('the <thead> comes before the <tbody> and after a <caption>', () => {
    const element = table(
      '<table><caption>연락처</caption><tbody><tr><td><b>문의</b></td><td><b>연락처</b></td></tr><tr><td>가</td><td>나</td></tr></tbody></table>',
    );
    promoteHeadingRow(element);
    const order = element.children.flatMap((child) => (child.type === 'element' ? [child.tagName] : []));
    expect(order).toEqual(['caption', 'thead', 'tbody']);
  });

  test('a data first row is left as <td>', () => {
    const fragment =
      '<table><tr><td>이름</td><td>010-1234-5678</td></tr><tr><td>가</td><td>나</td></tr></table>';
    const element = table(fragment);
    const before = html({ type: 'root', children: [element] });
    promoteHeadingRow(element);
    expect(html({ type: 'root', children: [element] })).toBe(before);
    expect(elements(element, 'th')).toEqual([]);
  });

  test('a one-row table is left as it is', () => {
    const element = table('<table><tr><td><b>문의</b></td><td><b>연락처</b></td></tr></table>');
    promoteHeadingRow(element);
    expect(elements(element, 'thead')).toEqual([]);
    expect(elements(element, 'th')).toEqual([]);
  });

  test('a table already in <thead>/<th> stays headed and gets scope="col"', () => {
    const element = table(
      '<table><thead><tr><th>구분</th><th>값</th></tr></thead><tbody><tr><td>가</td><td>1</td></tr></tbody></table>',
    );
    promoteHeadingRow(element);
    expect(elements(element, 'thead')).toHaveLength(1);
    expect(elements(element, 'th').map((th) => th.properties.scope)).toEqual(['col', 'col']);
    expect(elements(element, 'tr')).toHaveLength(2);
  });

  test('a <th> first row inside <tbody> moves into a new <thead>', () => {
    const element = table(
      '<table><tbody><tr><th>구분</th><th>값</th></tr><tr><td>가</td><td>1</td></tr></tbody></table>',
    );
    promoteHeadingRow(element);
    const [thead] = elements(element, 'thead');
    expect(elements(thead!, 'th')).toHaveLength(2);
    expect(elements(elements(element, 'tbody')[0]!, 'tr')).toHaveLength(1);
  });
});

describe('tables in rendered posts', () => {
  test('the seed\'s table renders with a <thead> of <th scope="col">', () => {
    const out = html(renderMarkdown(SEED_TABLE));
    expect(out).toContain(
      '<thead><tr>\n<th scope="col">문의</th>\n<th scope="col">연락처</th>\n</tr></thead>',
    );
    expect(out).toContain('<td><b>중소벤처기업부 기술혁신정책과</b></td>');
    expect(out).not.toContain('style');
  });

  test('a data-only table renders without <th>', () => {
    const tree = renderMarkdown(
      '<table><tr><td>1월</td><td>100</td></tr><tr><td>2월</td><td>200</td></tr></table>',
    );
    expect(elements(tree, 'th')).toEqual([]);
    expect(elements(tree, 'thead')).toEqual([]);
  });
});

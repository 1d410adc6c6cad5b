import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';

const MAX_HEADING_CELL_LENGTH = 20;

function isElement(node: ElementContent | undefined, ...names: string[]): node is Element {
  return node?.type === 'element' && names.includes(node.tagName);
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (isElement(child, 'tr')) rows.push(child);
    if (isElement(child, 'thead', 'tbody', 'tfoot'))
      rows.push(...child.children.filter((row) => isElement(row, 'tr')));
  }
  return rows;
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((cell): cell is Element => isElement(cell, 'td', 'th'));
}

/** True when all of a cell's visible text sits inside <b> or <strong>. */
function isWhollyBold(cell: Element): boolean {
  const text = toString(cell).trim();
  if (!text) return false;
  const boldText = cell.children
    .filter((child): child is Element => isElement(child, 'b', 'strong'))
    .map((child) => toString(child))
    .join('')
    .trim();
  return boldText === text;
}

/**
 * A first row reads as headings when it is already <th>/<thead>, or when every cell is short, bold
 * label text without digits (like 문의 | 연락처). Data rows carry numbers, dates or long text.
 */
export function isHeadingRow(table: Element): boolean {
  const [first, ...rest] = rowsOf(table);
  if (!first || rest.length === 0) return false;
  const cells = cellsOf(first);
  if (cells.length === 0) return false;
  if (cells.every((cell) => cell.tagName === 'th')) return true;
  return cells.every((cell) => {
    const text = toString(cell).trim();
    return (
      text.length > 0 && text.length <= MAX_HEADING_CELL_LENGTH && !/\d/.test(text) && isWhollyBold(cell)
    );
  });
}

function unwrapBold(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child) => (isElement(child, 'b', 'strong') ? child.children : [child]));
}

/** Turns a detected heading row into `<thead>` with `<th scope="col">` cells. */
export function promoteHeadingRow(table: Element): void {
  if (!isHeadingRow(table)) return;
  const [first] = rowsOf(table);
  if (!first) return;
  for (const cell of cellsOf(first)) {
    cell.tagName = 'th';
    cell.properties = { ...cell.properties, scope: 'col' };
    cell.children = unwrapBold(cell.children);
  }
  if (table.children.some((child) => isElement(child, 'thead') && child.children.includes(first))) return;
  for (const section of table.children) {
    if (isElement(section, 'tbody', 'tfoot'))
      section.children = section.children.filter((row) => row !== first);
  }
  table.children = table.children.filter((child) => child !== first);
  const thead: Element = { type: 'element', tagName: 'thead', properties: {}, children: [first] };
  const captionEnd = table.children.findIndex(
    (child) => child.type === 'element' && child.tagName !== 'caption' && child.tagName !== 'colgroup',
  );
  table.children.splice(captionEnd === -1 ? table.children.length : captionEnd, 0, thead);
}

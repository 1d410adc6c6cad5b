// Characters XML 1.0 forbids outright; a stray one from a pasted post would make the whole feed unreadable.
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or attribute value made safe for any place in an XML document. */
export function xmlText(value: string): string {
  return value
    .replace(FORBIDDEN_IN_XML, '')
    .replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** An element with escaped text content, or nothing when there is no value. */
export function xmlElement(name: string, value: string | undefined, attributes = ''): string {
  if (value === undefined) return '';
  return `<${name}${attributes}>${xmlText(value)}</${name}>`;
}

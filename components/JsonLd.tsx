import { jsonLdText } from '@/lib/metadata/json-ld';

type Props = { value: object };

/** Structured data for search engines; {@link jsonLdText} escapes it so no value can close the block. */
export function JsonLd({ value }: Props) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(value) }} />;
}

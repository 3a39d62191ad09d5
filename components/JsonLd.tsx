/**
 * Structured data in the page. The post-build step that removes scripts
 * keeps type="application/ld+json", so this survives in the static HTML.
 */
import { serializeJsonLd } from '@/lib/seo/jsonld';

export function JsonLd({ data }: { data: object | object[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

import { renderMdx, type MDXComponents } from '@/lib/mdx';
import { AbbrFromContent } from './AbbrFromContent';
import { Quote } from './Quote';

/** The one map of components that MDX files may use. */
const components = {
  Abbr: AbbrFromContent,
  Quote,
} as unknown as MDXComponents;

export function MdxContent({ code }: { code: string }) {
  return <>{renderMdx(code, components)}</>;
}

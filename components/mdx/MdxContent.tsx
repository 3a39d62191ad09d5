import { renderMdx, type MDXComponents } from '@/lib/mdx';
import { CrisisCallout } from '../CrisisNotice';
import { AbbrFromContent } from './AbbrFromContent';
import { Cite } from './Cite';
import { ContactChannels } from './ContactChannels';
import { Quote } from './Quote';

/** The one map of components that MDX files may use. */
const components = {
  Abbr: AbbrFromContent,
  Cite,
  ContactChannels,
  CrisisNotice: CrisisCallout,
  Quote,
} as unknown as MDXComponents;

export function MdxContent({ code }: { code: string }) {
  return <>{renderMdx(code, components)}</>;
}

import { renderMdx, type MDXComponents } from '@/lib/mdx';
import { CrisisCallout } from '../CrisisNotice';
import { AbbrFromContent } from './AbbrFromContent';
import { Audio } from './Audio';
import { Callout } from './Callout';
import { Cite } from './Cite';
import { Figure } from './Figure';
import { ContactChannels } from './ContactChannels';
import { Quote } from './Quote';

/** The one map of components that MDX files may use. */
const components = {
  Abbr: AbbrFromContent,
  Audio,
  Callout,
  Cite,
  ContactChannels,
  CrisisNotice: CrisisCallout,
  Figure,
  Quote,
} as unknown as MDXComponents;

export function MdxContent({ code }: { code: string }) {
  return <>{renderMdx(code, components)}</>;
}

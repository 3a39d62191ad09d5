import type { Citation } from '@/lib/content';
import { renderMdx, type MDXComponents } from '@/lib/mdx';
import { setPageCitations } from '../citationScope';
import { CrisisCallout } from '../CrisisNotice';
import { AbbrFromContent } from './AbbrFromContent';
import { Audio } from './Audio';
import { Callout } from './Callout';
import { Cite } from './Cite';
import { Figure } from './Figure';
import { ContactChannels } from './ContactChannels';
import { FeeSchedule } from './FeeSchedule';
import { FirstConversation } from './FirstConversation';
import { PrivacyContact } from './PrivacyContact';
import { SessionDetails } from './SessionDetails';
import { Quote } from './Quote';

/** The one map of components that MDX files may use. */
const components = {
  Abbr: AbbrFromContent,
  Audio,
  Callout,
  Cite,
  ContactChannels,
  CrisisNotice: CrisisCallout,
  FeeSchedule,
  Figure,
  FirstConversation,
  PrivacyContact,
  Quote,
  SessionDetails,
} as unknown as MDXComponents;

/** `citations`: every work the page cites, so in-text citations match its reference list. */
export function MdxContent({ code, citations = [] }: { code: string; citations?: readonly Citation[] }) {
  if (citations.length > 0) setPageCitations(citations.map((c) => c.key));
  return <>{renderMdx(code, components)}</>;
}

import type { ComponentType } from 'react';
import type { Citation } from '@/lib/content';
import { renderMdx } from '@/lib/mdx';
import { setPageCitations } from '../citationScope';
import { CrisisCallout } from '../CrisisNotice';
import { AbbrFromContent } from './AbbrFromContent';
import { Audio } from './Audio';
import { Callout } from './Callout';
import type { MdxComponentName } from '@/lib/components/catalogue';
import { Cite } from './Cite';
import { ContactChannels } from './ContactChannels';
import { FeeSchedule } from './FeeSchedule';
import { Figure } from './Figure';
import { FirstConversation } from './FirstConversation';
import { PrivacyContact } from './PrivacyContact';
import { Quote } from './Quote';
import { SessionDetails } from './SessionDetails';

/**
 * What each name in the catalogue renders as. The type makes this map list
 * exactly the catalogue's names: a component added there and not here (or
 * here and not there) does not compile.
 */
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
} satisfies Record<MdxComponentName, ComponentType<never>>;

/** `citations`: every work the page cites, so in-text citations match its reference list. */
export function MdxContent({ code, citations = [] }: { code: string; citations?: readonly Citation[] }) {
  if (citations.length > 0) setPageCitations(citations.map((c) => c.key));
  return <>{renderMdx(code, components)}</>;
}

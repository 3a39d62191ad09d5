/**
 * The components MDX files may use, each declared once in its `*.props.ts`
 * beside it. This list is the one source: the content check validates every
 * use against it, components/mdx/MdxContent.tsx must map exactly these names, and the
 * writers' guide (docs/publishing.md) is generated from it. It imports no
 * React, so the content check can read it before anything is built.
 */
import { usage as Abbr } from './Abbr.props';
import { usage as Audio } from './Audio.props';
import { usage as Callout } from './Callout.props';
import { usage as Cite } from './Cite.props';
import { usage as ContactChannels } from './ContactChannels.props';
import { usage as CrisisNotice } from './CrisisNotice.props';
import { usage as FeeSchedule } from './FeeSchedule.props';
import { usage as Figure } from './Figure.props';
import { usage as FirstConversation } from './FirstConversation.props';
import { usage as PrivacyContact } from './PrivacyContact.props';
import { usage as Quote } from './Quote.props';
import { usage as SessionDetails } from './SessionDetails.props';
import type { PropRole } from './usage';

export const mdxComponentUsages = {
  Abbr,
  Audio,
  Callout,
  Cite,
  ContactChannels,
  CrisisNotice,
  FeeSchedule,
  Figure,
  FirstConversation,
  PrivacyContact,
  Quote,
  SessionDetails,
} as const;

export type MdxComponentName = keyof typeof mdxComponentUsages;

export const mdxComponentNames = Object.keys(mdxComponentUsages) as MdxComponentName[];

export function isMdxComponentName(name: string): name is MdxComponentName {
  return Object.hasOwn(mdxComponentUsages, name);
}

/**
 * The attributes of each component declared with `role` in its `propRoles`:
 * `propsWithRole('reference')` gives `{ Cite: ['id'], Quote: ['source'] }`.
 * Components without such an attribute are left out.
 */
export function propsWithRole(role: PropRole): Readonly<Partial<Record<MdxComponentName, readonly string[]>>> {
  const found: Partial<Record<MdxComponentName, readonly string[]>> = {};
  for (const name of mdxComponentNames) {
    const roles: Readonly<Record<string, PropRole | undefined>> = mdxComponentUsages[name].propRoles ?? {};
    const props = Object.keys(roles).filter((prop) => roles[prop] === role);
    if (props.length > 0) found[name] = props;
  }
  return found;
}

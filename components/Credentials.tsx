import type { HeldCredential } from '@/lib/content';
import type { Regulator } from '@/lib/regulators';
import { Abbr } from './Abbr';
import { AbbrText } from './AbbrText';

/**
 * A person's credentials in the order lib/credentials/table.ts gives them (the
 * College title first): "RP (Qualifying), MMT, MTA". Each expands to its full
 * name, and links to its glossary entry when the glossary explains it.
 */
export function Credentials({ credentials }: { credentials: readonly HeldCredential[] }) {
  return (
    <>
      {credentials.map((credential, i) => (
        <span key={credential.abbreviation}>
          {i > 0 && ', '}
          <CredentialAbbr credential={credential} />
        </span>
      ))}
    </>
  );
}

export function CredentialAbbr({ credential }: { credential: HeldCredential }) {
  return credential.term ? <Abbr term={credential.term} /> : <abbr title={credential.fullName}>{credential.abbreviation}</abbr>;
}

/**
 * "the CRPO’s public register", linked: the body's abbreviation stays outside
 * the link, so it can expand and link to the glossary like any other.
 */
export function RegisterLink({ regulator }: { regulator: Regulator }) {
  return (
    <>
      the <AbbrText text={regulator.id} />
      ’s <a href={regulator.register.url}>{regulator.register.noun}</a>
    </>
  );
}

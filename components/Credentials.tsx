import type { Term } from '@/lib/content';
import { Abbr } from './Abbr';

/** A person's credentials, each expandable to its full name: "MMT, MTA, RP-Q". */
export function Credentials({ credentials }: { credentials: readonly Term[] }) {
  return (
    <>
      {credentials.map((term, i) => (
        <span key={term.slug}>
          {i > 0 && ', '}
          <Abbr term={term} />
        </span>
      ))}
    </>
  );
}

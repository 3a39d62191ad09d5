import type { Person } from '@/lib/content';
import { crpoSources } from '@/lib/practice/crpoSources';
import { loadPractice } from '@/lib/practice/load';
import { AbbrText } from '@/components/AbbrText';
import { SUPERVISED_TITLE } from '@/lib/credentials';

/**
 * For a Registered Psychotherapist (Qualifying): they practise under clinical
 * supervision, as the CRPO requires, and clients are told about it; with the
 * supervisor's name and title (College title first) when the profile gives
 * them. Nothing for anyone else.
 */
export function Supervision({ person }: { person: Pick<Person, 'slug' | 'name' | 'credentials'> }) {
  if (!person.credentials.some((c) => c.abbreviation === SUPERVISED_TITLE)) return null;
  const supervisor = loadPractice().team?.[person.slug]?.supervisor;
  return (
    <p className="mt-6" data-supervision="">
      {person.name} is a Registered Psychotherapist (Qualifying) and practises under clinical supervision,{' '}
      <a href={crpoSources.supervision}>as the College requires</a>.
      {supervisor && (
        <>
          {' '}
          The clinical supervisor is {supervisor.name}
          {supervisor.title && (
            <>
              , <AbbrText text={supervisor.title} />
            </>
          )}
          .
        </>
      )}
    </p>
  );
}

import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/seo/metadata';
import { AbbrText } from '@/components/AbbrText';
import { PageIntro } from '@/components/PageIntro';
import { trail } from '@/lib/breadcrumbs';
import { getGlossary } from '@/lib/content';
import { RegisterLink } from '@/components/Credentials';
import { regulatorFor } from '@/lib/credentials';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Glossary',
  description: 'Plain explanations of the terms and credentials you meet on this site, from music therapy to RP (Qualifying).',
  path: routes.glossary,
});

/** Where a reader can check a credential or look someone up, for the bodies and credentials that have a public register or list. */
function RegisterNote({ abbreviation }: { abbreviation?: string }) {
  const regulator = abbreviation ? regulatorFor(abbreviation) : undefined;
  if (!regulator) return null;
  return (
    <>
      {' '}
      See <RegisterLink regulator={regulator} />.
    </>
  );
}

export default function GlossaryPage() {
  return (
    <div className="container-narrow py-12">
      <PageIntro crumbs={trail({ name: 'Glossary', path: routes.glossary })} title="Glossary" lead="The words and credentials used on this site, explained plainly." />
      <dl className="glossary mt-8">
        {getGlossary().map((term) => (
          <div key={term.slug} id={term.slug} className="glossary-entry">
            <dt className="text-lg font-semibold">
              {term.term}
              {term.abbreviation && (
                <>
                  {' '}
                  (<abbr title={term.term}>{term.abbreviation}</abbr>)
                </>
              )}
              {/* Keeps the term and its definition apart in search excerpts. */}
              <span className="sr-only">: </span>
            </dt>
            <dd>
              <AbbrText text={term.definition} />
              <RegisterNote abbreviation={term.abbreviation} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

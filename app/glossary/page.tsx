import type { Metadata } from 'next';
import { sectionMetadata } from '@/lib/seo/sectionMetadata';
import { AbbrText } from '@/components/AbbrText';
import { SectionIntro } from '@/components/SectionIntro';
import { getGlossary, getSection } from '@/lib/content';

export const metadata: Metadata = sectionMetadata('glossary');
import { RegisterLink } from '@/components/Credentials';
import { regulatorFor } from '@/lib/credentials';

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
  const section = getSection('glossary');
  return (
    <div className="container-narrow py-12">
      <SectionIntro section={section} band />
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

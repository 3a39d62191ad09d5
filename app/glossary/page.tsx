import type { Metadata } from 'next';
import { sectionMetadata } from '@/lib/seo/sectionMetadata';
import { AbbrText } from '@/components/AbbrText';
import { SectionIntro } from '@/components/SectionIntro';
import { getGlossary, getSection } from '@/lib/content';

export const metadata: Metadata = sectionMetadata('glossary');

export default function GlossaryPage() {
  const section = getSection('glossary');
  return (
    <div className="container-narrow py-12">
      <SectionIntro section={section} />
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
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

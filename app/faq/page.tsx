import type { Metadata } from 'next';
import { sectionMetadata } from '@/lib/seo/sectionMetadata';
import { JsonLd } from '@/components/JsonLd';
import { MdxContent } from '@/components/mdx/MdxContent';
import { PracticeAnswer } from '@/components/mdx/PracticeAnswer';
import { NextStep } from '@/components/NextStep';
import { answeredQuestions, isAnswered } from '@/lib/practice/describe';
import type { PracticeTopic } from '@/lib/practice/topics';
import { loadPractice } from '@/lib/practice/load';
import { faqPageJsonLd } from '@/lib/seo/jsonld';
import { SectionIntro } from '@/components/SectionIntro';
import { References } from '@/components/References';
import { sortedWorks } from '@/lib/bibliography';
import { getFaq, getSection } from '@/lib/content';

export const metadata: Metadata = sectionMetadata('faq');

export default function FaqPage() {
  const section = getSection('faq');
  const practice = loadPractice();
  // A question only the profile answers, while it does not, is left out here and in the data (the launch check lists it).
  const entries = getFaq().filter((entry) => isAnswered(entry, practice));
  const citations = sortedWorks(entries.flatMap((e) => e.citations.map((c) => c.key)));
  return (
    <div className="container-narrow py-12">
      <SectionIntro section={section} band />
      <nav aria-labelledby="faq-contents" className="card faq-contents mt-8">
        <h2 id="faq-contents" className="text-lg font-semibold">
          On this page
        </h2>
        <ul className="bullets mt-2">
          {entries.map((entry) => (
            <li key={entry.slug}>
              <a href={`#${entry.slug}`}>{entry.question}</a>
            </li>
          ))}
        </ul>
      </nav>
      {entries.map((entry) => (
        <section key={entry.slug} id={entry.slug} aria-labelledby={`${entry.slug}-q`} className="section">
          <h2 id={`${entry.slug}-q`}>{entry.question}</h2>
          <div className="prose-site mt-3">
            <MdxContent code={entry.bodyCode} citations={citations} />
            {entry.answerFrom && <PracticeAnswer topic={entry.answerFrom as PracticeTopic} />}
          </div>
        </section>
      ))}
      <NextStep />
      <References citations={citations} />
      <JsonLd data={faqPageJsonLd(answeredQuestions(entries, practice))} />
    </div>
  );
}

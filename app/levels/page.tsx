import type { Metadata } from 'next';
import { sectionMetadata } from '@/lib/seo/sectionMetadata';
import { NextStep } from '@/components/NextStep';
import { LevelsDiagram } from '@/components/LevelsDiagram';
import { MdxContent } from '@/components/mdx/MdxContent';
import { SectionIntro } from '@/components/SectionIntro';
import { References } from '@/components/References';
import { sortedWorks } from '@/lib/bibliography';
import { getLevels, getSection } from '@/lib/content';

export const metadata: Metadata = sectionMetadata('levels');

export default function LevelsPage() {
  const section = getSection('levels');
  const levels = getLevels();
  const citations = sortedWorks(levels.flatMap((l) => l.citations.map((c) => c.key)));
  return (
    <div className="container-narrow py-12">
      <SectionIntro section={section} />
      <LevelsDiagram levels={levels} />
      {levels.map((level) => (
        <section key={level.slug} id={level.slug} aria-labelledby={`${level.slug}-heading`} className="section level-section">
          <h2 id={`${level.slug}-heading`}>
            <span className="meta block">Level {level.order}</span>
            {level.title}
          </h2>
          {level.practiceFocus && <p className="levels-badge inline-block">Where we mostly work</p>}
          <div className="prose-site mt-4">
            <MdxContent code={level.bodyCode} citations={citations} />
          </div>
        </section>
      ))}
      <NextStep />
      <References citations={citations} />
    </div>
  );
}

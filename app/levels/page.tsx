import type { Metadata } from 'next';
import { NextStep } from '@/components/NextStep';
import { pageMetadata } from '@/lib/seo/metadata';
import { LevelsDiagram } from '@/components/LevelsDiagram';
import { MdxContent } from '@/components/mdx/MdxContent';
import { PageIntro } from '@/components/PageIntro';
import { References } from '@/components/References';
import { sortedWorks } from '@/lib/bibliography';
import { trail } from '@/lib/breadcrumbs';
import { getLevels } from '@/lib/content';
import { routes } from '@/lib/routes';

const title = 'Four levels of music in psychotherapy';

export const metadata: Metadata = pageMetadata({
  title: title,
  description: 'Kenneth Bruscia’s four levels, from talking with some music to music as the therapy itself, and where our practice mostly works.',
  path: routes.levels,
});

export default function LevelsPage() {
  const levels = getLevels();
  const citations = sortedWorks(levels.flatMap((l) => l.citations.map((c) => c.key)));
  return (
    <div className="container-narrow py-12">
      <PageIntro
        crumbs={trail({ name: 'Levels of music in therapy', path: routes.levels })}
        title={title}
        lead="Music therapy scholar Kenneth Bruscia describes four roles music can take in psychotherapy: from one part of a mostly spoken process to the centre of the work."
      />
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

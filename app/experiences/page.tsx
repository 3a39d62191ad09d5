import type { Metadata } from 'next';
import { NextStep } from '@/components/NextStep';
import { pageMetadata } from '@/lib/seo/metadata';
import { CardGrid } from '@/components/CardGrid';
import { PageIntro } from '@/components/PageIntro';
import { trail } from '@/lib/breadcrumbs';
import { getExperiences } from '@/lib/content';
import { routes } from '@/lib/routes';

const title = 'Music experiences';

export const metadata: Metadata = pageMetadata({
  title: title,
  description: 'The four kinds of music experience in a session: receptive, improvisation, recreative, and composition and songwriting.',
  path: routes.experiences,
});

export default function ExperiencesPage() {
  return (
    <div className="container-narrow py-12">
      <PageIntro
        crumbs={trail({ name: title, path: routes.experiences })}
        title={title}
        lead="A session can include four kinds of music experience. You choose together with your therapist what fits you, and no musical experience is needed for any of them."
      />
      <CardGrid items={getExperiences()} />
      <NextStep />
    </div>
  );
}

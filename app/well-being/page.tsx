import type { Metadata } from 'next';
import { NextStep } from '@/components/NextStep';
import { pageMetadata } from '@/lib/seo/metadata';
import { CardGrid } from '@/components/CardGrid';
import { PageIntro } from '@/components/PageIntro';
import { trail } from '@/lib/breadcrumbs';
import { getAreas } from '@/lib/content';
import { routes } from '@/lib/routes';

const title = 'What would you like to work on?';

export const metadata: Metadata = pageMetadata({
  title: 'Areas of well-being',
  description: 'The seven areas of well-being music therapy can support, from emotional to spiritual, and the music experiences for each.',
  path: routes.wellBeing,
});

export default function WellBeingPage() {
  return (
    <div className="container-narrow py-12">
      <PageIntro
        crumbs={trail({ name: 'Well-being', path: routes.wellBeing })}
        title={title}
        lead="The Canadian Association of Music Therapists names seven areas of well-being that music therapy can support. Choose one to read about it and the kinds of music experience that can touch it."
      />
      <CardGrid items={getAreas()} />
      <NextStep />
    </div>
  );
}

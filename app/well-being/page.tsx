import type { Metadata } from 'next';
import { sectionMetadata } from '@/lib/seo/sectionMetadata';
import { NextStep } from '@/components/NextStep';
import { CardGrid } from '@/components/CardGrid';
import { SectionIntro } from '@/components/SectionIntro';
import { getAreas, getSection } from '@/lib/content';

export const metadata: Metadata = sectionMetadata('well-being');

export default function WellBeingPage() {
  const section = getSection('well-being');
  return (
    <div className="container-narrow py-12">
      <SectionIntro section={section} band />
      <CardGrid items={getAreas()} />
      <NextStep />
    </div>
  );
}

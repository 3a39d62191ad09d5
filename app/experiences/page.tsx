import type { Metadata } from 'next';
import { sectionMetadata } from '@/lib/seo/sectionMetadata';
import { NextStep } from '@/components/NextStep';
import { CardGrid } from '@/components/CardGrid';
import { SectionIntro } from '@/components/SectionIntro';
import { getExperiences, getSection } from '@/lib/content';

export const metadata: Metadata = sectionMetadata('experiences');

export default function ExperiencesPage() {
  const section = getSection('experiences');
  return (
    <div className="container-narrow py-12">
      <SectionIntro section={section} />
      <CardGrid items={getExperiences()} />
      <NextStep />
    </div>
  );
}

import type { Metadata } from 'next';
import { sectionCrumb } from '@/components/SectionIntro';
import Link from 'next/link';
import { PageIntro } from '@/components/PageIntro';
import { trail } from '@/lib/breadcrumbs';
import { getTags } from '@/lib/content';
import { routes } from '@/lib/routes';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Topics',
  description: 'Every topic our articles are filed under, with the number of articles on each, to find writing on what matters to you.',
  path: routes.tags,
});

export default function TagsPage() {
  const tags = getTags();
  return (
    <div className="container-narrow py-12">
      <PageIntro crumbs={trail(sectionCrumb('blog'), { name: 'Topics', path: routes.tags })} title="Topics" lead="Choose a topic to see its articles." band />
      {tags.length > 0 ? (
        <ul className="tag-list mt-8" data-pagefind-ignore="all">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <Link href={tag.url}>
                {tag.name} <span className="meta">({tag.articles.length})</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-8">No topics yet.</p>
      )}
    </div>
  );
}

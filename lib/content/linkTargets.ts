/**
 * Every page a link in content may point to, with the #fragments on it,
 * known before the site is built: the static routes of app/, each
 * document's own URL, and the ids of its headings. (The build checks the
 * finished pages again, so nothing missed here can be published broken.)
 */
import { everyPageIds } from '../pageIds';
import { generatedFiles } from '../routes';
import type { HeadingId } from './headings';
import type { DocumentTypeName } from './schema';
import { documentUrl } from './urls';

/** What a link may reach in one document: its address and the ids of its headings (from its parsed body). */
export interface LinkableDocument {
  readonly type: DocumentTypeName;
  readonly slug: string;
  readonly headings: readonly Pick<HeadingId, 'id'>[];
}

/** Static routes from the paths of app/'s page files, e.g. `app/blog/page.tsx` → `/blog/`. */
export function staticRoutes(pageFiles: readonly string[]): string[] {
  return pageFiles
    .map((file) => file.replace(/\\/g, '/').replace(/^app\//, '').replace(/(^|\/)page\.tsx$/, ''))
    .filter((dir) => !dir.includes('['))
    .map((dir) => (dir === '' ? '/' : `/${dir}/`));
}

export function linkTargets(staticPaths: readonly string[], documents: readonly LinkableDocument[]): Map<string, Set<string>> {
  const targets = new Map<string, Set<string>>();
  const page = (path: string) => {
    let ids = targets.get(path);
    if (!ids) targets.set(path, (ids = new Set(everyPageIds)));
    return ids;
  };
  for (const path of staticPaths) page(path);
  for (const doc of documents) {
    const [path, fragment] = documentUrl(doc.type, doc.slug).split('#') as [string, string | undefined];
    const ids = page(path);
    if (fragment) ids.add(fragment);
    else for (const heading of doc.headings) ids.add(heading.id);
  }
  for (const file of generatedFiles) targets.set(file, new Set());
  return targets;
}

/**
 * Every URL the site links to, in one place: the sections, where each type of
 * document is published, and the names the build writes beside the pages.
 * The pages, the content check, the sitemap and the search step all read
 * this module. All paths end in a slash, matching `trailingSlash: true` so
 * each page is `<path>/index.html` on any host.
 */
import type { DocumentTypeName } from './content/schema';

/**
 * The sections of the site: the first segment of their address, and the
 * label above the title on their pages' social images.
 */
export const sections = {
  blog: { path: '/blog/', kicker: 'Article' },
  team: { path: '/team/', kicker: 'Our team' },
  glossary: { path: '/glossary/', kicker: 'Glossary' },
  experiences: { path: '/experiences/', kicker: 'Music experiences' },
  levels: { path: '/levels/', kicker: 'Music in psychotherapy' },
  'well-being': { path: '/well-being/', kicker: 'Well-being' },
  faq: { path: '/faq/', kicker: 'Questions' },
  search: { path: '/search/', kicker: undefined },
} as const satisfies Record<string, { path: string; kicker: string | undefined }>;

export type SectionName = keyof typeof sections;
export const sectionNames = Object.keys(sections) as SectionName[];

/** What the build writes at the top of the site beside the pages: folders a page may not take, and files. */
export const buildOutput = {
  /** Next.js's scripts and styles. */
  nextAssets: '_next',
  /** The search index (scripts/lib/searchIndex.ts). */
  searchIndex: 'pagefind',
  /** One social image per page (lib/seo/socialImage.ts). */
  socialImages: 'og',
  /** The page shown for a missing address. */
  notFound: '404',
  rssFeed: '/feed.xml',
  jsonFeed: '/feed.json',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
} as const;

/** Files the build writes beside the pages, which content may link to. */
export const generatedFiles: readonly string[] = [buildOutput.rssFeed, buildOutput.jsonFeed, buildOutput.sitemap, buildOutput.robots];

export const routes = {
  home: '/',
  blog: sections.blog.path,
  article: (slug: string) => `${sections.blog.path}${slug}/`,
  /** Page `n` of the articles list; the first page is the list itself. */
  blogPage: (n: number) => (n <= 1 ? sections.blog.path : `${sections.blog.path}page/${n}/`),
  tags: `${sections.blog.path}tags/`,
  tag: (slug: string) => `${sections.blog.path}tags/${slug}/`,
  /** Page `n` of a tag's articles; the first page is the tag's own address. */
  tagPage: (slug: string, n: number) => (n <= 1 ? `${sections.blog.path}tags/${slug}/` : `${sections.blog.path}tags/${slug}/page/${n}/`),
  team: sections.team.path,
  person: (slug: string) => `${sections.team.path}${slug}/`,
  glossary: sections.glossary.path,
  term: (slug: string) => `${sections.glossary.path}#${slug}`,
  experiences: sections.experiences.path,
  experience: (slug: string) => `${sections.experiences.path}${slug}/`,
  levels: sections.levels.path,
  level: (slug: string) => `${sections.levels.path}#${slug}`,
  wellBeing: sections['well-being'].path,
  area: (slug: string) => `${sections['well-being'].path}${slug}/`,
  faq: sections.faq.path,
  faqEntry: (slug: string) => `${sections.faq.path}#${slug}`,
  /** Pages written in content/pages/, published at the top level. */
  page: (slug: string) => `/${slug}/`,
  approach: '/approach/',
  contact: '/contact/',
  gettingStarted: '/getting-started/',
  fees: '/fees/',
  helpNow: '/help-now/',
  privacy: '/privacy/',
  accessibility: '/accessibility/',
  search: sections.search.path,
  /** The practice's mark, also the site icon (public/icon.svg). */
  logo: '/icon.svg',
} as const;

/**
 * Where each type of document is published. Levels, questions and glossary
 * terms live as parts of one page, so their URL ends in a #fragment; a
 * section's introduction is its section's page.
 */
export const documentRoutes: Readonly<Record<DocumentTypeName, (slug: string) => string>> = {
  Post: routes.article,
  TeamMember: routes.person,
  GlossaryTerm: routes.term,
  Experience: routes.experience,
  Level: routes.level,
  Area: routes.area,
  Faq: routes.faqEntry,
  Page: routes.page,
  Section: (slug) => sections[slug as SectionName]?.path ?? `/${slug}/`,
  Home: () => routes.home,
};

/**
 * First path segments a content page (published at /<slug>/) may not take:
 * the sections, and the folders the build writes (a page there would be
 * overwritten or deleted by the build's own files).
 */
export const reservedTopLevelSegments: readonly string[] = [
  ...sectionNames,
  ...Object.values(buildOutput).filter((name) => !name.startsWith('/')),
  ...generatedFiles.map((file) => file.slice(1)),
];

/** The main navigation, in order. */
export const mainNavigation: readonly { readonly href: string; readonly label: string }[] = [
  { href: routes.approach, label: 'Our approach' },
  { href: routes.experiences, label: 'Experiences' },
  { href: routes.wellBeing, label: 'Well-being' },
  { href: routes.blog, label: 'Articles' },
  { href: routes.team, label: 'Team' },
  { href: routes.faq, label: 'Questions' },
  { href: routes.contact, label: 'Contact' },
];

/** Links in the footer beside the main navigation. */
export const footerNavigation: readonly { readonly href: string; readonly label: string }[] = [
  { href: routes.fees, label: 'Fees and practical details' },
  { href: routes.levels, label: 'Levels of music in therapy' },
  { href: routes.glossary, label: 'Glossary' },
  { href: routes.privacy, label: 'Privacy' },
  { href: routes.accessibility, label: 'Accessibility' },
  // The contact page's <Concerns /> section (components/practice/Concerns.tsx, CONCERNS_ID).
  { href: `${routes.contact}#concerns`, label: 'Concerns and complaints' },
];

/** An absolute URL on the site, for canonical links and feeds. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, `${baseUrl.replace(/\/+$/, '')}/`).toString();
}

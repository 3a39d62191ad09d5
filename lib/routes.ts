/**
 * Every URL the site links to, in one place: the sections, where each type of
 * document is published, and the names the build writes beside the pages.
 * The pages, the content check, the sitemap and the search step all read
 * this module. All paths end in a slash, matching `trailingSlash: true` so
 * each page is `<path>/index.html` on any host.
 */
import type { DocumentTypeName } from './content/schema';

/**
 * The sections of the site: the first segment of their address, their name
 * in the navigation and breadcrumbs (plain words first, the profession's
 * term second), and the label above the title on their pages' social
 * images. The one source of each: content/sections/ gives only headings and
 * leads, and the menus below read these.
 */
export const sections = {
  blog: { path: '/blog/', label: 'Articles', kicker: 'Article' },
  team: { path: '/team/', label: 'Our team', kicker: 'Our team' },
  glossary: { path: '/glossary/', label: 'Words we use (glossary)', kicker: 'Glossary' },
  experiences: { path: '/experiences/', label: 'Four kinds of music experience', kicker: 'About music psychotherapy' },
  levels: { path: '/levels/', label: 'How much music: Bruscia’s four levels', kicker: 'About music psychotherapy' },
  'well-being': { path: '/well-being/', label: 'What you can work on (seven domains)', kicker: 'About music psychotherapy' },
  faq: { path: '/faq/', label: 'Questions', kicker: 'Questions' },
  search: { path: '/search/', label: 'Search', kicker: undefined },
} as const satisfies Record<string, { path: string; label: string; kicker: string | undefined }>;

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

/**
 * The pages of content/pages/ that the site's own navigation links to, by
 * file name: a page's address is its file name, so these names are the one
 * place both are written (the build's link check fails if a file is missing).
 */
export const fixedPageSlugs = ['approach', 'contact', 'getting-started', 'fees', 'help-now', 'privacy', 'accessibility'] as const;
type FixedPageSlug = (typeof fixedPageSlugs)[number];
const fixedPage = (slug: FixedPageSlug) => `/${slug}/`;

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
  approach: fixedPage('approach'),
  contact: fixedPage('contact'),
  gettingStarted: fixedPage('getting-started'),
  fees: fixedPage('fees'),
  helpNow: fixedPage('help-now'),
  privacy: fixedPage('privacy'),
  accessibility: fixedPage('accessibility'),
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

export interface NavItem {
  readonly href: string;
  readonly label: string;
  /** Pages that sit below this item, shown under it in the phone menu and on its pages. */
  readonly children?: readonly NavItem[];
}

/** The pages that explain music psychotherapy: one menu item, with the approach as its first page. */
export const aboutNavigation: NavItem = {
  href: routes.approach,
  label: 'About music psychotherapy',
  children: [
    { href: routes.approach, label: 'Our approach' },
    { href: routes.experiences, label: sections.experiences.label },
    { href: routes.levels, label: sections.levels.label },
    { href: routes.wellBeing, label: sections['well-being'].label },
  ],
};

/** The one action the header offers beside the menu. */
export const primaryAction: NavItem = { href: routes.gettingStarted, label: 'Get started' };

/**
 * The main navigation, in the order a person deciding asks: what is it,
 * what does it cost, who would I see, my questions, more to read. The team
 * item is named for its one person while there is one (lib/navigation.ts).
 */
export const mainNavigation: readonly NavItem[] = [
  aboutNavigation,
  { href: routes.fees, label: 'Fees and sessions' },
  { href: routes.team, label: sections.team.label },
  { href: routes.faq, label: sections.faq.label },
  { href: routes.blog, label: sections.blog.label },
];

/** Links in the footer beside the main navigation. */
export const footerNavigation: readonly NavItem[] = [
  primaryAction,
  { href: routes.contact, label: 'Contact' },
  { href: routes.helpNow, label: 'Help now' },
  { href: routes.glossary, label: sections.glossary.label },
  { href: routes.privacy, label: 'Privacy' },
  { href: routes.accessibility, label: 'Accessibility' },
  // The contact page's <Concerns /> section (components/practice/Concerns.tsx, CONCERNS_ID).
  { href: `${routes.contact}#concerns`, label: 'Concerns and complaints' },
];

/** The navigation item a path belongs to, if any: its own, or the one whose pages hold it. */
export function navItemFor(items: readonly NavItem[], path: string): NavItem | undefined {
  const under = (href: string) => path === href || (href !== '/' && path.startsWith(href));
  return items.find((item) => under(item.href) || item.children?.some((child) => under(child.href)));
}

/** An absolute URL on the site, for canonical links and feeds. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, `${baseUrl.replace(/\/+$/, '')}/`).toString();
}

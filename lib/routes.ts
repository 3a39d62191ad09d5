/**
 * Every URL the site links to, in one place. All end in a slash, matching
 * `trailingSlash: true` so each page is `<path>/index.html` on any host.
 */
export const routes = {
  home: '/',
  blog: '/blog/',
  article: (slug: string) => `/blog/${slug}/`,
  team: '/team/',
  person: (slug: string) => `/team/${slug}/`,
  glossary: '/glossary/',
  term: (slug: string) => `/glossary/#${slug}`,
  experiences: '/experiences/',
  experience: (slug: string) => `/experiences/${slug}/`,
  levels: '/levels/',
  level: (slug: string) => `/levels/#${slug}`,
  wellBeing: '/well-being/',
  area: (slug: string) => `/well-being/${slug}/`,
  faq: '/faq/',
  faqEntry: (slug: string) => `/faq/#${slug}`,
  /** Pages written in content/pages/, published at the top level. */
  page: (slug: string) => `/${slug}/`,
  approach: '/approach/',
  contact: '/contact/',
  gettingStarted: '/getting-started/',
  fees: '/fees/',
  helpNow: '/help-now/',
  privacy: '/privacy/',
  accessibility: '/accessibility/',
  search: '/search/',
  /** The practice's mark, also the site icon (public/icon.svg). */
  logo: '/icon.svg',
} as const;

/** First path segments that belong to a section, which a content page may not take. */
export const reservedTopLevelSegments: readonly string[] = ['blog', 'team', 'glossary', 'experiences', 'levels', 'well-being', 'faq', 'search', '_next', '404'];

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
];

/** An absolute URL on the site, for canonical links and feeds. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, `${baseUrl.replace(/\/+$/, '')}/`).toString();
}

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
} as const;

/** The main navigation, in order. */
export const mainNavigation: readonly { readonly href: string; readonly label: string }[] = [
  { href: routes.home, label: 'Home' },
  { href: routes.blog, label: 'Articles' },
  { href: routes.team, label: 'Our team' },
  { href: routes.glossary, label: 'Glossary' },
];

/** An absolute URL on the site, for canonical links and feeds. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(path, `${baseUrl.replace(/\/+$/, '')}/`).toString();
}

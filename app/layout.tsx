import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ContentProblems } from '@/components/ContentProblems';
import { JsonLd } from '@/components/JsonLd';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { SkipLink } from '@/components/SkipLink';
import { pageIds } from '@/lib/pageIds';
import { absoluteUrl, routes } from '@/lib/routes';
import { organizationJsonLd } from '@/lib/seo/jsonld';
import { feedAlternates } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.shortDescription,
  alternates: { types: feedAlternates() },
  icons: {
    icon: [
      { url: routes.logo, type: 'image/svg+xml' },
      { url: '/favicon.ico', sizes: '32x32' },
    ],
    apple: '/apple-touch-icon.png',
  },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf8f3' },
    { media: '(prefers-color-scheme: dark)', color: '#121619' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.locale}>
      <body>
        <SkipLink />
        <ContentProblems />
        <SiteHeader />
        {/* data-pagefind-body: the search index reads only each page's main content. */}
        <main id={pageIds.main} tabIndex={-1} data-pagefind-body="">
          {children}
        </main>
        <SiteFooter />
        <JsonLd data={organizationJsonLd(site, { logoUrl: absoluteUrl(site.url, routes.logo) })} />
      </body>
    </html>
  );
}

/**
 * Structured data: the values search engines read, no contact channel that
 * the site does not have, and JSON that is safe inside a <script>.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/JsonLd';
import type { Article, Person, Term } from '@/lib/content';
import { findCredential, resolveCredentials } from '@/lib/credentials';
import { regulators } from '@/lib/regulators';
import { blogPostingJsonLd, breadcrumbJsonLd, faqPageJsonLd, organizationJsonLd, profilePageJsonLd, serializeJsonLd } from '@/lib/seo/jsonld';
import type { SiteConfig } from '@/lib/site';
import { testSite } from './helpers/site';

const site: SiteConfig = testSite;

const mta: Term = { slug: 'mta', term: 'Certified Music Therapist', abbreviation: 'MTA', definition: 'd', url: '/glossary/#mta' };
// As lib/content gives them: in display order (the College title first), with a glossary entry where there is one.
const held = resolveCredentials(['MTA', 'MMT', 'RP']).credentials.map((c) => ({ ...c, term: c.abbreviation === 'MTA' ? mta : undefined }));
const tiffany: Person = { slug: 'tiffany', name: 'Tiffany', role: 'Music psychotherapist', credentials: held, url: '/team/tiffany/', bodyCode: '' };

function article(extra: Partial<Article> = {}): Article {
  return {
    slug: 'first-session',
    title: 'Your first session',
    description: 'What to expect.',
    date: '2026-01-05',
    tags: [],
    related: [],
    experiences: [],
    areas: [],
    searchWords: [],
    status: 'public',
    url: '/blog/first-session/',
    bodyCode: '',
    citations: [],
    ...extra,
  };
}

const options = { baseUrl: 'https://example.org', imageUrl: 'https://example.org/og/blog/first-session.png' };

describe('organizationJsonLd', () => {
  it('describes the practice', () => {
    expect(organizationJsonLd(site, { logoUrl: 'https://example.org/logo.png' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': 'https://example.org/#organization',
      name: 'Tiffany Music Therapy',
      url: 'https://example.org/',
      logo: 'https://example.org/logo.png',
      description: site.shortDescription,
      areaServed: { '@type': 'AdministrativeArea', name: 'Ontario' },
      knowsAbout: ['Music therapy', 'Psychotherapy', 'Music psychotherapy'],
    });
  });

  it('has e-mail and telephone only when the site has them', () => {
    const bare = organizationJsonLd(site, { logoUrl: 'https://example.org/logo.png' });
    expect(bare).not.toHaveProperty('email');
    expect(bare).not.toHaveProperty('telephone');
    const withContact = organizationJsonLd({ ...site, contact: { email: 'hello@example.org', phone: '+1 555 555 0100' } }, { logoUrl: 'x' });
    expect(withContact).toMatchObject({ email: 'hello@example.org', telephone: '+1 555 555 0100' });
    expect(organizationJsonLd({ ...site, contact: { email: 'hello@example.org' } }, { logoUrl: 'x' })).not.toHaveProperty('telephone');
  });
});

describe('blogPostingJsonLd', () => {
  it('describes an article by a person, with credentials', () => {
    const data = blogPostingJsonLd(article({ author: tiffany, updated: '2026-02-01' }), options);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Your first session',
      description: 'What to expect.',
      datePublished: '2026-01-05',
      dateModified: '2026-02-01',
      image: 'https://example.org/og/blog/first-session.png',
      url: 'https://example.org/blog/first-session/',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://example.org/blog/first-session/' },
      inLanguage: 'en-CA',
      publisher: { '@id': 'https://example.org/#organization' },
      author: {
        '@type': 'Person',
        name: 'Tiffany',
        url: 'https://example.org/team/tiffany/',
        jobTitle: 'Music psychotherapist',
        hasCredential: [
          {
            '@type': 'EducationalOccupationalCredential',
            name: findCredential('RP')!.fullName,
            alternateName: 'RP',
            credentialCategory: 'registration',
            recognizedBy: { '@type': 'Organization', name: regulators.CRPO.name, url: regulators.CRPO.register.url },
          },
          { '@type': 'EducationalOccupationalCredential', name: findCredential('MMT')!.fullName, alternateName: 'MMT', credentialCategory: 'degree' },
          {
            '@type': 'EducationalOccupationalCredential',
            name: findCredential('MTA')!.fullName,
            alternateName: 'MTA',
            credentialCategory: 'certification',
            recognizedBy: { '@type': 'Organization', name: regulators.CAMT.name, url: regulators.CAMT.register.url },
          },
        ],
      },
    });
  });

  it('uses the date as dateModified when never updated, and the practice as author when there is no author', () => {
    const data = blogPostingJsonLd(article(), options);
    expect(data).toMatchObject({ dateModified: '2026-01-05', author: { '@id': 'https://example.org/#organization' } });
  });
});

describe('profilePageJsonLd', () => {
  const registrations = [{ body: 'CRPO', number: '99123' }, { body: 'CAMT' }];

  it('makes the person the main entity, with credentials, registrations and the practice they work for', () => {
    const data = profilePageJsonLd(tiffany, { baseUrl: 'https://example.org', siteName: site.name, registrations });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'https://example.org/team/tiffany/',
      mainEntity: {
        '@type': 'Person',
        '@id': 'https://example.org/team/tiffany/#person',
        name: 'Tiffany',
        worksFor: { '@type': 'Organization', '@id': 'https://example.org/#organization', name: site.name },
        memberOf: [
          { '@type': 'Organization', name: regulators.CRPO.name, url: regulators.CRPO.register.url },
          { '@type': 'Organization', name: regulators.CAMT.name, url: regulators.CAMT.register.url },
        ],
        identifier: [{ '@type': 'PropertyValue', propertyID: 'CRPO registration number', value: '99123' }],
      },
    });
    const person = data.mainEntity as unknown as { hasCredential: { alternateName: string }[] };
    expect(person.hasCredential.map((c) => c.alternateName)).toEqual(['RP', 'MMT', 'MTA']);
  });

  it('claims no registration the profile does not give', () => {
    const data = profilePageJsonLd(tiffany, { baseUrl: 'https://example.org', siteName: site.name, registrations: [] });
    expect(data.mainEntity).not.toHaveProperty('memberOf');
    expect(data.mainEntity).not.toHaveProperty('identifier');
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    expect(
      breadcrumbJsonLd(
        [
          { name: 'Home', path: '/' },
          { name: 'Articles', path: '/blog/' },
          { name: 'Your first session', path: '/blog/first-session/' },
        ],
        'https://example.org',
      ),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/' },
        { '@type': 'ListItem', position: 2, name: 'Articles', item: 'https://example.org/blog/' },
        { '@type': 'ListItem', position: 3, name: 'Your first session', item: 'https://example.org/blog/first-session/' },
      ],
    });
  });
});

describe('faqPageJsonLd', () => {
  it('gives each question its accepted answer', () => {
    expect(faqPageJsonLd([{ question: 'Do I need to play?', answerText: 'No.' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Do I need to play?', acceptedAnswer: { '@type': 'Answer', text: 'No.' } }],
    });
  });
});

describe('serializeJsonLd', () => {
  const tricky = { name: '</script><script>alert(1)</script> & <!-- \u2028\u2029 "quoted" \\ é' };

  it('escapes characters that could end the script', () => {
    const out = serializeJsonLd(tricky);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out).toContain('\\u003c/script\\u003e');
    expect(out).toContain('\\u0026');
    expect(out).toContain('\\u2028');
  });

  it('is valid JSON that round-trips', () => {
    expect(JSON.parse(serializeJsonLd(tricky))).toEqual(tricky);
    const graph = [organizationJsonLd(site, { logoUrl: 'https://example.org/logo.png' }), faqPageJsonLd([{ question: 'a < b?', answerText: 'Yes & no.' }])];
    expect(JSON.parse(serializeJsonLd(graph))).toEqual(graph);
  });
});

describe('JsonLd', () => {
  it('renders one ld+json script holding the escaped JSON', () => {
    const data = { '@type': 'Thing', name: '</script><b>x</b>' };
    const html = renderToStaticMarkup(createElement(JsonLd, { data }));
    expect(html).toBe(`<script type="application/ld+json">${serializeJsonLd(data)}</script>`);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });
});

/**
 * Structured data (schema.org JSON-LD) for search engines, typed with
 * schema-dts so a misspelt property fails the type check, not a crawler.
 *
 * Contact details appear only when the site configuration has them: the
 * structured data may never claim a channel the pages do not show.
 */
import type {
  BlogPosting,
  BreadcrumbList,
  EducationalOccupationalCredential,
  FAQPage,
  Organization,
  Person as PersonLd,
  ProfilePage,
  PropertyValue,
  WithContext,
} from 'schema-dts';
import type { Crumb } from '../breadcrumbs';
import type { Article, Person } from '../content';
import { regulatorOf, type Credential } from '../credentials';
import type { Registration } from '../practice/schema';
import { regulators, type RegulatorId } from '../regulators';
import { absoluteUrl } from '../routes';
import type { SiteConfig } from '../site';

const trimBase = (baseUrl: string) => baseUrl.replace(/\/+$/, '');

/** The stable @id other nodes use to point at the practice. */
function organizationId(baseUrl: string): string {
  return `${trimBase(baseUrl)}/#organization`;
}

/** The first part of a region such as "Ontario, Canada". */
function areaName(region: string): string {
  return region.split(',')[0]?.trim() || region;
}

export function organizationJsonLd(site: SiteConfig, options: { logoUrl: string }): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': organizationId(site.url),
    name: site.name,
    url: absoluteUrl(site.url, '/'),
    logo: options.logoUrl,
    description: site.shortDescription,
    areaServed: { '@type': 'AdministrativeArea', name: areaName(site.region) },
    knowsAbout: ['Music therapy', 'Psychotherapy', 'Music psychotherapy'],
    ...(site.contact.email ? { email: site.contact.email } : {}),
    ...(site.contact.phone ? { telephone: site.contact.phone } : {}),
  };
}

/** One credential from lib/credentials/table.ts, in display order, with the body that recognises it and its public register. */
function credentialJsonLd(credential: Credential): EducationalOccupationalCredential {
  const body = regulatorOf(credential);
  return {
    '@type': 'EducationalOccupationalCredential',
    name: credential.fullName,
    alternateName: credential.abbreviation,
    credentialCategory: credential.kind === 'college title' ? 'registration' : credential.kind,
    ...(body ? { recognizedBy: { '@type': 'Organization', name: body.name, url: body.register.url } } : {}),
  };
}

function personJsonLd(person: Person, baseUrl: string): Exclude<PersonLd, string> {
  const url = absoluteUrl(baseUrl, person.url);
  return {
    '@type': 'Person',
    '@id': `${url}#person`,
    name: person.name,
    url,
    jobTitle: person.role,
    ...(person.credentials.length > 0
      ? {
          hasCredential: person.credentials.map(credentialJsonLd),
        }
      : {}),
  };
}

/**
 * The person page: a ProfilePage whose main entity is the Person, with their
 * credentials, their registrations from the practice profile (each body as
 * `memberOf`, each number as an `identifier`) and the practice they work for.
 */
export function profilePageJsonLd(
  person: Person,
  options: { baseUrl: string; siteName: string; registrations: readonly Registration[] },
): WithContext<ProfilePage> {
  const url = absoluteUrl(options.baseUrl, person.url);
  const bodies = options.registrations.map((r) => regulators[r.body as RegulatorId]);
  const identifiers: PropertyValue[] = options.registrations
    .filter((r) => r.number)
    .map((r) => ({ '@type': 'PropertyValue', propertyID: `${r.body} registration number`, value: r.number! }));
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    '@id': `${url}#profile`,
    url,
    name: person.name,
    mainEntity: {
      ...personJsonLd(person, options.baseUrl),
      worksFor: { '@type': 'Organization', '@id': organizationId(options.baseUrl), name: options.siteName },
      ...(bodies.length > 0 ? { memberOf: bodies.map((b) => ({ '@type': 'Organization' as const, name: b.name, url: b.register.url })) } : {}),
      ...(identifiers.length > 0 ? { identifier: identifiers } : {}),
    },
  };
}

export function blogPostingJsonLd(article: Article, options: { baseUrl: string; imageUrl: string }): WithContext<BlogPosting> {
  const url = absoluteUrl(options.baseUrl, article.url);
  const organization = { '@id': organizationId(options.baseUrl) };
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.description,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    image: options.imageUrl,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: 'en-CA',
    publisher: organization,
    author: article.author ? personJsonLd(article.author, options.baseUrl) : organization,
    ...(article.tags.length > 0 ? { keywords: [...article.tags] } : {}),
  };
}

export function breadcrumbJsonLd(crumbs: readonly Crumb[], baseUrl: string): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem' as const,
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(baseUrl, crumb.path),
    })),
  };
}

export function faqPageJsonLd(entries: readonly { readonly question: string; readonly answerText: string }[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((entry) => ({
      '@type': 'Question' as const,
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer' as const, text: entry.answerText },
    })),
  };
}

const SCRIPT_UNSAFE: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for an inline <script>: characters that could end the script or
 * confuse an HTML parser become \u escapes, which JSON reads back unchanged.
 */
export function serializeJsonLd(data: object | readonly object[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => SCRIPT_UNSAFE[char] ?? char);
}

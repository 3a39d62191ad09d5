/**
 * Credentials as data: the College title first in the CRPO's form, whatever
 * order or alias the content uses; unknown credentials and "Dr." refused with
 * the list of known ones; glossary entries held to the table's names.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Credentials } from '@/components/Credentials';
import { credentialProblems, credentialWarnings, type CredentialSource } from '@/lib/content/checks/credentials';
import { credentialLine, findCredential, knownCredentialNames, regulatorFor, regulatorOf, resolveCredentials } from '@/lib/credentials';
import { credentials } from '@/lib/credentials/table';
import { regulators } from '@/lib/regulators';
import { runWithContent } from '../helpers/runScript';

function team(written: unknown[]): CredentialSource {
  return { file: 'content/team/ann.mdx', type: 'TeamMember', data: { name: 'Ann Example', credentials: written }, keyLines: new Map([['credentials', 3]]) };
}

describe('the credentials table', () => {
  it('puts the College titles first and gives every credential a name, a body and a rank', () => {
    const collegeTitles = credentials.filter((c) => c.kind === 'college title');
    expect(collegeTitles.map((c) => c.grantedBy.regulator)).toEqual(collegeTitles.map(() => 'CRPO'));
    const others = credentials.filter((c) => c.kind !== 'college title');
    expect(Math.max(...collegeTitles.map((c) => c.rank))).toBeLessThan(Math.min(...others.map((c) => c.rank)));
    for (const c of credentials) {
      expect(c.fullName.length).toBeGreaterThan(3);
      expect(c.grantedBy.name.length).toBeGreaterThan(3);
    }
  });

  it('spells each credential one way, with aliases that name no other', () => {
    const spellings = credentials.flatMap((c) => [c.abbreviation, ...c.aliases].map((s) => s.toLowerCase().replace(/[\s.]/g, '')));
    expect(new Set(spellings).size).toBe(spellings.length);
  });

  it('has no title "Dr.": a doctorate is a degree after the name', () => {
    expect(findCredential('Dr.')).toBeUndefined();
    expect(findCredential('Doctor')).toBeUndefined();
    expect(findCredential('PhD')?.kind).toBe('degree');
  });

  it('links the CRPO’s and the CAMT’s credentials to their public register and list', () => {
    expect(regulatorOf(findCredential('RP (Qualifying)')!)).toBe(regulators.CRPO);
    expect(regulatorOf(findCredential('MTA')!)).toBe(regulators.CAMT);
    expect(regulatorOf(findCredential('MMT')!)).toBeUndefined();
    expect(regulatorFor('CRPO')?.register.url).toBe(regulators.CRPO.register.url);
    expect(regulatorFor('music therapy')).toBeUndefined();
    for (const body of Object.values(regulators)) expect(body.register.url).toMatch(/^https:\/\//);
  });
});

describe('resolveCredentials', () => {
  it('shows a wrong-order list with the College title first, in the CRPO’s form', () => {
    expect(credentialLine(resolveCredentials(['MMT', 'MTA', 'RP-Q']).credentials)).toBe('RP (Qualifying), MMT, MTA');
    expect(credentialLine(resolveCredentials(['MTA', 'PhD', 'RP', 'MMT']).credentials)).toBe('RP, PhD, MMT, MTA');
  });

  it('reads aliases and spacing and case alike, once each', () => {
    expect(credentialLine(resolveCredentials(['rp (qualifying)', 'RP-Q', 'Ph.D.']).credentials)).toBe('RP (Qualifying), PhD');
  });

  it('keeps what it cannot read apart', () => {
    expect(resolveCredentials(['MTA', 'XYZ']).unknown).toEqual(['XYZ']);
  });
});

describe('<Credentials>', () => {
  it('renders a wrong-order list College title first, each with its full name', () => {
    const held = resolveCredentials(['MMT', 'MTA', 'RP-Q']).credentials;
    const html = renderToStaticMarkup(createElement(Credentials, { credentials: held }));
    const shown = [...html.matchAll(/<abbr title="([^"]+)">([^<]+)<\/abbr>/g)].map((m) => [m[2], m[1]]);
    expect(shown).toEqual(held.map((c) => [c.abbreviation, c.fullName]));
    expect(shown[0]![0]).toBe('RP (Qualifying)');
  });
});

describe('credentialProblems', () => {
  it('refuses an unknown credential, suggesting the nearest and listing the known ones', () => {
    const [problem] = credentialProblems([team(['MTX'])]);
    expect(problem).toMatchObject({ line: 3, field: 'credentials', message: '“MTX” is not a credential the site knows' });
    expect(problem!.fix).toContain('did you mean `MTA`?');
    expect(problem!.fix).toContain(knownCredentialNames.join(', '));
  });

  it('refuses "Dr." with the CRPO’s reason', () => {
    const [problem] = credentialProblems([team(['Dr.', 'MTA'])]);
    expect(problem!.message).toMatch(/CRPO standard 1\.2/);
    expect(problem!.fix).toMatch(/PhD/);
  });

  it('refuses two College titles at once', () => {
    expect(credentialProblems([team(['RP', 'RP-Q'])]).map((p) => p.message)).toEqual([
      'lists RP and RP (Qualifying); a registrant holds one College title at a time',
    ]);
  });

  it('accepts a wrong order and an alias, and warns so the file can agree with the page', () => {
    expect(credentialProblems([team(['MMT', 'MTA', 'RP-Q'])])).toEqual([]);
    const [warning] = credentialWarnings([team(['MMT', 'MTA', 'RP-Q'])]);
    expect(warning).toMatchObject({ line: 3, field: 'credentials', fix: 'write `credentials: [RP (Qualifying), MMT, MTA]`' });
    expect(credentialWarnings([team(['RP (Qualifying)', 'MMT', 'MTA'])])).toEqual([]);
  });

  it('holds a credential’s glossary entry to the table’s name and form', () => {
    const entry = (data: Record<string, unknown>): CredentialSource => ({
      file: 'content/glossary/x.mdx',
      type: 'GlossaryTerm',
      data,
      keyLines: new Map([
        ['term', 2],
        ['abbreviation', 3],
      ]),
    });
    expect(credentialProblems([entry({ term: findCredential('MTA')!.fullName, abbreviation: 'MTA' })])).toEqual([]);
    expect(credentialProblems([entry({ term: 'Music Therapist Accredited', abbreviation: 'MTA' })]).map((p) => `${p.line}: ${p.field}`)).toEqual(['2: term']);
    expect(credentialProblems([entry({ term: findCredential('RP-Q')!.fullName, abbreviation: 'RP-Q' })]).map((p) => p.fix)).toEqual([
      'write `abbreviation: RP (Qualifying)`',
    ]);
    expect(credentialProblems([entry({ term: 'Music therapy' })])).toEqual([]);
  });
});

describe('check:content on a team file with credentials in the wrong order', () => {
  it('accepts it, and warns with the order the site shows', async () => {
    const dir = 'tests/fixtures/content/credentials-wrong-order';
    const { code, output } = await runWithContent('scripts/check-content.ts', dir);
    expect(code).toBe(0);
    expect(output).toContain(`${dir}/team/ann-example.mdx:3: credentials: are written “MMT, MTA, RP-Q” and shown as “RP (Qualifying), MMT, MTA”`);
  }, 30_000);
});

describe('links to the public registers in content/', () => {
  // Content cannot import lib/regulators.ts; this keeps its links to the registers the same addresses.
  it('use the addresses in lib/regulators.ts, so a changed address is changed in both', async () => {
    const { readContentFolder } = await import('@/lib/content/readFolder');
    const links = (await readContentFolder('content')).flatMap((f) => [...f.text.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!));
    for (const body of Object.values(regulators)) expect(links, body.id).toContain(body.register.url);
  });
});

/**
 * The checks that read the built files without a browser: HTML validity
 * (html-validate, with the committed .htmlvalidate.json), internal links and
 * #fragments, resources named from another origin, scripts of Next's
 * runtime the build should have removed, and inline scripts the page's own
 * Content-Security-Policy would refuse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { attribute, parseHtml } from '../build/html';
import { brokenLinks, fileForPath, linkFacts, type ExportedPage } from '../build/links';
import { cspMetaOf } from '../build/cspMeta';
import { isRuntimeElement } from '../build/stripRuntime';
import { inlineExecutableScripts, sha256Source } from '../security/inlineScripts';
import type { Finding } from './findings';

const HTML_VALIDATE_CONFIG = path.resolve(import.meta.dirname, '..', '..', '.htmlvalidate.json');

export async function htmlFindings(pages: readonly ExportedPage[]): Promise<Finding[]> {
  const config = JSON.parse(readFileSync(HTML_VALIDATE_CONFIG, 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const findings: Finding[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, `${page.url}index.html`);
    for (const result of report.results) {
      for (const m of result.messages)
        findings.push({ page: page.url, kind: 'html', message: `${m.ruleId}: ${m.message} (line ${m.line}, column ${m.column})` });
    }
  }
  return findings;
}

export function linkFindings(pages: readonly ExportedPage[], files: ReadonlySet<string>): Finding[] {
  return brokenLinks(pages.map(linkFacts), files).map((line) => {
    const [page = '', target = line] = line.split(' → ');
    return { page, kind: 'link', message: `broken link to ${target}` };
  });
}

/** Elements and attributes that make a browser fetch something as the page loads. */
const RESOURCE_ELEMENTS = new Set(['script', 'img', 'iframe', 'audio', 'video', 'source', 'track', 'embed', 'object', 'link']);
const URL_ATTRIBUTES = ['src', 'href', 'data', 'poster', 'srcset'];
/** <link> relations that only name another page, and are never fetched by the browser. */
const NAVIGATION_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'me', 'next', 'prev', 'help', 'search']);

export function thirdPartyFindings(pages: readonly ExportedPage[]): Finding[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    for (const element of parseHtml(page.html).elements) {
      if (!RESOURCE_ELEMENTS.has(element.tagName)) continue;
      if (element.tagName === 'link' && (attribute(element, 'rel') ?? '').split(/\s+/).some((rel) => NAVIGATION_RELS.has(rel.toLowerCase()))) continue;
      for (const name of URL_ATTRIBUTES) {
        const raw = attribute(element, name);
        if (raw === undefined) continue;
        for (const value of name === 'srcset' ? raw.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [raw]) {
          if (/^(https?:)?\/\//i.test(value))
            findings.push({ page: page.url, kind: 'third-party', message: `<${element.tagName}> loads ${value} from another origin` });
        }
      }
    }
  }
  return findings;
}

/** The pages ship no framework JavaScript: any script but structured data and those marked data-keep is a finding. */
export function runtimeFindings(pages: readonly ExportedPage[]): Finding[] {
  return pages.flatMap((page) =>
    parseHtml(page.html)
      .elements.filter((el) => el.tagName === 'script' && isRuntimeElement(el))
      .map((el) => ({
        page: page.url,
        kind: 'runtime',
        message: `loads a script the build should have removed: ${attribute(el, 'src') ?? 'an inline script'}`,
      })),
  );
}

export function inlineScriptFindings(pages: readonly ExportedPage[]): Finding[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    const policy = cspMetaOf(page.html);
    if (!policy) {
      findings.push({ page: page.url, kind: 'csp', message: 'the page carries no <meta http-equiv="Content-Security-Policy">' });
      continue;
    }
    const scriptSources = /(?:^|;)\s*script-src\s+([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? [];
    for (const text of inlineExecutableScripts(page.html)) {
      const hash = sha256Source(text);
      if (!scriptSources.includes(`'${hash}'`)) {
        findings.push({
          page: page.url,
          kind: 'csp',
          message: `inline script "${text.trim().slice(0, 40)}…" is not allowed by the policy ('${hash}' is not in script-src)`,
        });
      }
    }
  }
  return findings;
}

/**
 * A precompressed copy must hold exactly its file: servers send the copy,
 * so a page edited after the build would otherwise be served as it was.
 */
export function compressedCopyFindings(dir: string, pages: readonly ExportedPage[]): Finding[] {
  const findings: Finding[] = [];
  for (const page of pages) {
    const file = path.join(dir, fileForPath(page.url));
    for (const [extension, decompress] of [
      ['.br', brotliDecompressSync],
      ['.gz', gunzipSync],
    ] as const) {
      if (existsSync(file + extension) && !decompress(readFileSync(file + extension)).equals(readFileSync(file))) {
        findings.push({
          page: page.url,
          kind: 'compressed-copy',
          message: `${fileForPath(page.url)}${extension} differs from ${fileForPath(page.url)}; rebuild, or delete the copy`,
        });
      }
    }
  }
  return findings;
}

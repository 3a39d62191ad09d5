/**
 * Links go somewhere: a page of the site (and a #part of it) that exists, a
 * file in public/, or another site written with https://. Markdown links,
 * reference definitions and `<a href>` alike.
 */
import { closest, didYouMean, didYouMeanThis } from '../../diagnostics/suggest';
import type { HeadingId } from '../headings';
import { closestFile, EXTERNAL, ANY_SCHEME } from './localFiles';
import { decode, isElement, plainText, textAttribute, visitWritten } from './mdxText';
import type { BodyCheck, BodyContext, BodyFinding } from './types';

export const links: BodyCheck = ({ tree, headings }, context) => {
  const findings: BodyFinding[] = [];
  const ownIds = new Set([...headings.map((h) => h.id), ...(context.pageIds ?? [])]);
  const check = linkChecker(context, headings, ownIds, (line, rule, message, fix) => findings.push({ line, field: 'link', rule: `link.${rule}`, message, fix }));
  visitWritten(tree, (node, line) => {
    if (node.type === 'link') check(node.url ?? '', line, plainText(node));
    else if (node.type === 'definition') check(node.url ?? '', line, `[${node.identifier ?? ''}]`);
    else if (isElement(node) && node.name === 'a') {
      const href = textAttribute(node, 'href');
      if (href !== undefined) check(href, line, plainText(node));
    }
  });
  return findings;
};

type Report = (line: number, rule: string, message: string, fix: string) => void;

function linkChecker(context: BodyContext, headings: readonly HeadingId[], ownIds: ReadonlySet<string>, report: Report) {
  const samePage = (url: string, line: number) => {
    const id = decode(url.slice(1));
    if (id === '' || ownIds.has(id)) return;
    const ids = headings.map((h) => h.id);
    report(
      line,
      'no-heading',
      `the link to #${id} goes to a heading this page does not have`,
      didYouMean(
        id,
        [...ownIds],
        ids.length > 0 ? `use the id of one of this page’s headings: ${ids.map((i) => `#${i}`).join(', ')}` : 'this page has no ## headings to link to; remove the link or add the heading',
        { show: (g) => `#${g}` },
      ),
    );
  };

  const sitePath = (url: string, line: number) => {
    const hashAt = url.indexOf('#');
    const fragment = hashAt === -1 ? '' : decode(url.slice(hashAt + 1));
    let pathname = (hashAt === -1 ? url : url.slice(0, hashAt)).replace(/\?.*$/, '');
    const lastSegment = pathname.split('/').pop() ?? '';
    const { targets, publicFiles } = context;

    if (lastSegment.includes('.')) {
      if (publicFiles.has(pathname) || publicFiles.has(decode(pathname)) || targets.has(pathname)) return;
      const guess = closestFile(pathname, publicFiles);
      report(line, 'no-file', `the link to ${url} goes to a file that is not in public/`, guess ? didYouMeanThis(guess) : `add the file at public${decode(pathname)}, or correct the address`);
      return;
    }

    if (!pathname.endsWith('/')) pathname += '/';
    const ids = targets.get(pathname) ?? targets.get(decode(pathname));
    if (!ids) {
      report(
        line,
        'no-page',
        `the link to ${url} goes to a page that does not exist`,
        didYouMean(pathname, [...targets.keys()], 'check the address on the live site, or remove the link', { show: (g) => `${g}${fragment ? `#${fragment}` : ''}` }),
      );
      return;
    }
    if (fragment === '' || ids.has(fragment)) return;
    const guess = closest(fragment, [...ids]);
    report(
      line,
      'no-part',
      `the link to ${url} goes to a part of ${pathname} that does not exist`,
      guess ? didYouMeanThis(`${pathname}#${guess}`) : `link to ${pathname} without #${fragment}, or use the id of one of its headings`,
    );
  };

  return (rawUrl: string, line: number, words: string): void => {
    const url = rawUrl.trim();
    if (url === '') {
      report(line, 'no-address', words ? `the link “${words}” has no address` : 'a link has no address', 'put the address between the brackets, like [our approach](/approach/)');
      return;
    }
    if (EXTERNAL.test(url) || ANY_SCHEME.test(url)) return;
    if (url.startsWith('#')) return samePage(url, line);
    if (!url.startsWith('/')) {
      const looksLikeSite = /^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/|$))/i.test(url);
      report(
        line,
        'not-absolute',
        `the link to ${url} does not start with / or https://`,
        looksLikeSite ? `write the full address, like https://${url}` : `start a link to this site with /, like /${url.replace(/^(?:\.\.?\/)+/, '')}, and a link to another site with https://`,
      );
      return;
    }
    sitePath(url, line);
  };
}

/**
 * Images are files in public/, of a size fit to publish, each with alt text
 * (articles have no decorative images): `![alt](src)`, `<img>` and
 * `<Figure src>` (whose alt text its declaration checks).
 */
import { checkImageSize } from '../../images/sizeCheck';
import { didYouMeanThis } from '../../diagnostics/suggest';
import { readAttributes } from '../jsxAttributes';
import { declaredUse } from './declarations';
import { localFileProblem } from './localFiles';
import { isElement, textAttribute, visitWritten } from './mdxText';
import type { BodyCheck, BodyContext, BodyFinding } from './types';

interface ImageUse {
  readonly src: string;
  /** undefined when it is an expression the check cannot read, or checked elsewhere. */
  readonly alt: string | undefined;
  readonly line: number;
  /** `![alt](src)` rather than `<Figure>` or `<img>`. */
  readonly markdown: boolean;
}

export const images: BodyCheck = ({ tree }, context) => {
  const definitions = new Map<string, string>();
  visitWritten(tree, (node) => {
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier, node.url ?? '');
  });
  const findings: BodyFinding[] = [];
  visitWritten(tree, (node, line) => {
    if (node.type === 'image') findings.push(...checkImage({ src: node.url ?? '', alt: node.alt ?? '', line, markdown: true }, context));
    else if (node.type === 'imageReference') findings.push(...checkImage({ src: definitions.get(node.identifier ?? '') ?? '', alt: node.alt ?? '', line, markdown: true }, context));
    else if (isElement(node) && node.name === 'img') {
      const { values, problems } = readAttributes(node);
      const alt = values.alt ?? (problems.some((p) => p.name === 'alt') ? undefined : '');
      findings.push(...checkImage({ src: textAttribute(node, 'src') ?? '', alt: alt === undefined ? undefined : String(alt === true ? '' : alt), line, markdown: false }, context));
    } else if (isElement(node) && node.name === 'Figure') {
      const use = declaredUse(node);
      const src = use?.valid.src;
      if (typeof src === 'string') findings.push(...checkImage({ src, alt: undefined, line: use?.lines.get('src') ?? line, markdown: false }, context));
    }
  });
  return findings;
};

function checkImage({ src: written, alt, line, markdown }: ImageUse, context: BodyContext): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const report = (rule: string, message: string, fix: string) => findings.push({ line, field: 'image', rule: `image.${rule}`, message, fix });
  const src = written.trim();
  const where = localFileProblem(src, context.publicFiles);
  if (where?.problem === 'missing') {
    report('no-address', 'the image has no address', markdown ? 'put its path in the brackets, like ![what it shows](/images/garden.jpg)' : 'add src="/images/…" with its path under public/');
  } else if (where?.problem === 'external') {
    report('external', `the image ${src} is on another site`, 'save the image in public/images/ and use its path, like /images/name.jpg; the site loads nothing from other sites');
  } else if (where?.problem === 'relative') {
    report('relative', `the image ${src} does not start with /`, `use its path under public/, like /${src.replace(/^(?:\.\.?\/)+/, '')}`);
  } else if (where?.problem === 'not-found') {
    report('not-found', `the image ${src} is not in public/`, where.guess ? didYouMeanThis(where.guess) : `add the file at public${src}, or correct the path`);
  }
  const size = checkImageSize(src, context.publicFiles, context.publicDir);
  if (size) report('size', size.message, size.fix);
  if (alt !== undefined && alt.trim() === '') {
    report(
      'no-alt',
      `the image${src ? ` ${src}` : ''} has no alt text`,
      markdown
        ? 'describe what the image shows between the square brackets, like ![Two people playing hand drums](/images/drums.jpg)'
        : 'describe what the image shows in alt="…"; articles have no decorative images',
    );
  }
  return findings;
}

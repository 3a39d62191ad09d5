/** Recordings (`<Audio src>`) are files in public/, never loaded from another site. */
import { didYouMeanThis } from '../../diagnostics/suggest';
import { declaredUse } from './declarations';
import { localFileProblem } from './localFiles';
import { visitWritten } from './mdxText';
import type { BodyCheck, BodyFinding } from './types';

export const audio: BodyCheck = ({ tree }, context) => {
  const findings: BodyFinding[] = [];
  visitWritten(tree, (node, line) => {
    const use = node.name === 'Audio' ? declaredUse(node) : undefined;
    const written = use?.valid.src;
    if (typeof written !== 'string') return;
    const src = written.trim();
    const at = use?.lines.get('src') ?? line;
    const report = (rule: string, message: string, fix: string) => findings.push({ line: at, field: 'audio', rule: `audio.${rule}`, message, fix });
    const where = localFileProblem(src, context.publicFiles);
    if (where?.problem === 'missing') report('no-address', 'the <Audio> has no src', 'add src="/audio/…" with the path of the recording under public/');
    else if (where?.problem === 'external') {
      report('external', `the recording ${src} is on another site`, 'save the recording in public/audio/ and use its path, like /audio/name.mp3; the site loads nothing from other sites');
    } else if (where?.problem === 'relative') report('relative', `the recording ${src} does not start with /`, `use its path under public/, like /${src.replace(/^(?:\.\.?\/)+/, '')}`);
    else if (where?.problem === 'not-found') {
      report('not-found', `the recording ${src} is not in public/`, where.guess ? didYouMeanThis(where.guess) : `add the file at public${src}, or correct the path`);
    }
  });
  return findings;
};

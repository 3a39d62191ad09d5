import { checkBody } from './lib/content/bodyChecks';
import { formatProblem } from './lib/content/problems';
const context = {
  targets: new Map<string, ReadonlySet<string>>([
    ['/', new Set<string>()], ['/experiences/', new Set<string>()], ['/experiences/receptive/', new Set(['examples', 'helps-with'])],
    ['/glossary/', new Set(['mta', 'crpo'])], ['/blog/hello/', new Set<string>()]]),
  publicFiles: new Set(['/images/drums.jpg', '/audio/drum-circle.mp3', '/files/consent.pdf']),
};
const bodies = process.argv.slice(2);
const cases: Record<string,string> = {
 compile: 'Intro.\n\n<Quote attribution="Ann">A quote.\n\nMore text.',
 brace: 'Intro.\n\nWe use {curly braces here.',
 closeMismatch: 'Intro <b>bold</i>.',
 comment: 'Intro <!-- note --> here.',
 esm: 'import X from "./x"\n\nText.',
 h1: 'Intro.\n\n# A title again\n\nText.',
 skip: '## One\n\n#### Three\n\n## Two',
 first: 'Intro.\n\n### Too deep',
 jsxh: '## One\n\n<h4>Raw</h4>\n\n<h1>Big</h1>',
 links: 'See [receive](/experiences/recieve/), [nothing](/nowhere/at-all/), [ok](/experiences/receptive), [q](/blog/hello/?x=1), [ext](https://example.org/x), [m](mailto:a@b.c), [t](tel:988).\n\n<a href="/experienses/">raw</a>',
 frags: '## Our approach\n\n[a](/glossary/#mtx) [b](/glossary/#zzzzzz) [c](#our-aproach) [d](#our-approach) [e](/experiences/receptive/#examples) [f](#references)',
 nohead: 'See [x](#nowhere).',
 rel: '[a](experiences/receptive/) [b](www.example.org) [c](../blog/hello/) [d]()',
 files: '[consent](/files/consent.pdf) [x](/files/consnet.pdf) [y](/files/other.docx)',
 images: '![Drums](/images/drums.jpg)\n\n![Drums](/images/drum.jpg)\n\n![](/images/drums.jpg)\n\n![A photo](https://example.org/a.jpg)\n\n![x](images/drums.jpg)\n\n![x]()',
 figure: '<Figure src="/images/drums.jpg" alt="Hand drums" />\n\n<Figure src="/images/piano.jpg" alt="" />\n\n<Figure src="/images/drums.jpg" />',
 audio: '<Audio src="/audio/drum-circle.mp3" title="A drum circle">\n  A steady drum beat.\n</Audio>\n\n<Audio src="/audio/missing.mp3" title="">\n</Audio>\n\n<Audio title="T">x</Audio>',
 comps: '<Qoute attribution="x">Hi</Qoute>\n\n<Widget />\n\nText <Abbr>MTA</Abbr> and <Foo.Bar />.',
 inline: 'Look: <Figure src="/images/drums.jpg" alt="Drums" /> here.',
 refs: '[a][one] ![][img]\n\n[one]: /nowhere/\n[img]: /images/drums.jpg',
};
for (const [k, b] of Object.entries(cases)) { console.log('--', k); for (const p of await checkBody({ file: 'content/posts/a.mdx', body: b, bodyStartLine: 8 }, { ...context, ...(k==='frags'?{pageIds:new Set(['references'])}:{}) })) console.log(formatProblem(p)); }

/**
 * Deterministic synthetic articles for `npm run bench:build`: the same size
 * always gives the same files. Each has about 450 words in short sentences,
 * headings, a list, a quotation, a citation, links to earlier articles and
 * to other sections, an abbreviation and a figure, so every part of the
 * pipeline does its usual work. Dated over the twenty years before 2026.
 */
const TAGS = [
  'listening',
  'songwriting',
  'improvisation',
  'grief',
  'anxiety',
  'memory',
  'children',
  'older adults',
  'voice',
  'rhythm',
  'group work',
  'first session',
];
const EXPERIENCES = ['receptive', 'improvisation', 'recreative', 'songwriting'];
const AREAS = ['cognitive', 'communicative', 'emotional', 'musical', 'physical', 'social', 'spiritual'];
const TOPICS = ['a quiet song', 'a steady beat', 'a shared melody', 'a new chorus', 'a calm voice', 'a simple drum', 'an old tune', 'a slow piano'];
const SENTENCES = [
  'Music can give a feeling a shape before it has words.',
  'You do not need to play an instrument to take part.',
  'Your therapist chooses the music with you, not for you.',
  'Some people like to listen first and talk later.',
  'A short rhythm can help a busy mind slow down.',
  'It is fine to stop, rest, or try something else.',
  'Many people find that a familiar song brings back a memory.',
  'Small steps are still steps, and they count.',
  'The session moves at a pace that feels safe to you.',
  'Singing a few notes together can make a room feel warmer.',
  'You can bring a song that matters to you.',
  'There is no wrong way to make a sound.',
];

/** mulberry32: a small seeded generator, so each corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticArticle {
  readonly slug: string;
  readonly text: string;
}

const pad = (n: number) => String(n).padStart(5, '0');
const slugOf = (i: number) => `synthetic-article-${pad(i)}`;

function day(i: number, count: number): string {
  const start = Date.UTC(2006, 0, 1);
  const span = 20 * 365;
  return new Date(start + Math.floor((i * span) / count) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * `size` articles in all, of which `existing` are already in the content
 * folder, so the corpus adds `size - existing`.
 */
export function syntheticCorpus(size: number, existing = 0): SyntheticArticle[] {
  const count = Math.max(0, size - existing);
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const next = random(i + 1);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const some = <T>(list: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(list)))];
    const paragraph = (n: number) => Array.from({ length: n }, () => pick(SENTENCES)).join(' ');
    const topic = pick(TOPICS);
    const earlier = i > 0 ? slugOf(Math.floor(next() * i)) : undefined;
    const frontMatter = [
      '---',
      `title: "Notes on ${topic}, part ${i + 1}"`,
      `description: A plain-language look at how ${topic} can be part of music psychotherapy, with ideas to try.`,
      `date: ${day(i, count)}`,
      'author: kaitlyn-kasha',
      `tags: [${some(TAGS, 3).join(', ')}]`,
      `experiences: [${some(EXPERIENCES, 2).join(', ')}]`,
      `areas: [${some(AREAS, 2).join(', ')}]`,
      '---',
    ];
    const body = [
      '',
      `${paragraph(4)} This article looks at ${topic}.`,
      '',
      '## Where to begin',
      '',
      paragraph(5),
      '',
      `Music therapists in Ontario may be registered with the CRPO. ${paragraph(2)}`,
      '',
      '- Listen to one song you like.',
      '- Notice where you feel it in your body.',
      '- Say one word about how it felt.',
      '',
      // The one quotation of a published source the content brief allows; a client's words would be refused as a testimonial.
      '<Quote source="bruscia1998a" page="214">the work is done equally in music and words…with music used for its unique nonverbal advantages, and words used to enhance insight</Quote>',
      '',
      '## What a session can look like',
      '',
      `${paragraph(4)} Bruscia describes music as a way into therapy <Cite id="bruscia1998a" page="${1 + Math.floor(next() * 300)}" />.`,
      '',
      '### Trying it at home',
      '',
      paragraph(5),
      '',
      `<Figure src="/icon.svg" alt="The practice's mark, a simple drawn shape" caption="A picture to show how figures look in an article." />`,
      '',
      '## Where to read more',
      '',
      `${paragraph(3)} Read about [${pick(EXPERIENCES)} experiences](/experiences/${pick(EXPERIENCES)}/) or [${pick(AREAS)} well-being](/well-being/${pick(AREAS)}/).`,
      ...(earlier ? ['', `An [earlier article](/blog/${earlier}/) covers a similar idea. ${paragraph(2)}`] : []),
      '',
    ];
    articles.push({ slug: slugOf(i), text: [...frontMatter, ...body].join('\n') });
  }
  return articles;
}

import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, readableText, sentenceCount, syllables, wordsOf } from '@/lib/content/readability';

describe('syllables', () => {
  it('counts common English words', () => {
    const counts = Object.fromEntries(
      [
        'the',
        'make',
        'table',
        'people',
        'music',
        'therapy',
        'psychotherapy',
        'emotional',
        'wanted',
        'hoped',
        'notes',
        'places',
        'wishes',
        'you',
        'songwriting',
        'client-centred',
        'café',
      ].map((w) => [w, syllables(w)]),
    );
    expect(counts).toEqual({
      the: 1,
      make: 1,
      table: 2,
      people: 2,
      music: 2,
      therapy: 3,
      psychotherapy: 5,
      emotional: 4,
      wanted: 2,
      hoped: 1,
      notes: 1,
      places: 2,
      wishes: 2,
      you: 1,
      songwriting: 3,
      'client-centred': 2,
      café: 1,
    });
  });
});

describe('words and sentences', () => {
  it('keeps contractions and hyphenated words whole and skips numbers', () => {
    expect(wordsOf('Don’t worry: client-centred work, since 2026.')).toEqual(['Don’t', 'worry', 'client-centred', 'work', 'since']);
  });

  it('ends sentences at . ! and ? but not inside a number', () => {
    expect(sentenceCount('One. Two! Three? It costs 2.50 dollars. “Four.” Five')).toBe(6);
  });
});

describe('fleschKincaidGrade', () => {
  it('scores a fixed simple text exactly', () => {
    // 9 words, 2 sentences, 9 syllables: 0.39 × 4.5 + 11.8 × 1 − 15.59 = −2.035 → −2.0
    expect(fleschKincaidGrade('The cat sat on the mat. It was warm.')).toBe(-2);
  });

  it('scores a fixed harder sentence exactly', () => {
    // 9 words, 1 sentence, 2+3+1+5+1+3+1+2+5 = 23 syllables: 0.39 × 9 + 11.8 × 23/9 − 15.59 = 18.08 → 18.1
    expect(fleschKincaidGrade('Music therapists use improvisation and songwriting to support communication.')).toBe(18.1);
  });

  it('scores short plain sentences low and long polysyllabic ones high', () => {
    const simple = fleschKincaidGrade('You can come as you are. We will go at your pace. You do not need to play.');
    const hard = fleschKincaidGrade(
      'Psychotherapeutic relationships facilitate considerable emotional understanding through improvisational musical experiences, particularly when therapeutic objectives are collaboratively established.',
    );
    expect(simple).toBeLessThan(3);
    expect(hard).toBeGreaterThan(20);
  });

  it('scores text without words as 0', () => {
    expect(fleschKincaidGrade('')).toBe(0);
    expect(fleschKincaidGrade('2026 — 42')).toBe(0);
  });
});

describe('readableText', () => {
  it('keeps prose and drops code, tags, expressions, images, link addresses and transcripts', () => {
    const body = [
      '## What to expect',
      '',
      'Some `code` and [a link](/experiences/ "Experiences") with ![A drum](/images/drum.jpg) {1 + 1}.',
      '',
      '```js',
      'const hidden = true;',
      '```',
      '',
      '- first item',
      '- second item!',
      '',
      '<Callout type="tip">',
      '',
      'A tip: keep it short',
      '',
      '</Callout>',
      '',
      '<Quote attribution="Ann">A short quote.</Quote>',
      '',
      '<Audio src="/audio/a.mp3" title="Drums">Transcript words</Audio>',
      '',
      '| Day | Time |',
      '|---|---|',
      '| Monday | Morning |',
      '',
      'It helps with <Abbr>MTA</Abbr> exams:',
    ].join('\n');
    expect(readableText(body)).toBe(
      [
        'What to expect.',
        'Some and a link with.',
        'first item.',
        'second item!',
        'A tip: keep it short.',
        'A short quote.',
        'Day, Time.',
        'Monday, Morning.',
        'It helps with MTA exams.',
      ].join('\n\n'),
    );
  });

  it('still gives the words of a body that does not compile', () => {
    expect(readableText('# Title\n\nText with a [link](/x/) and <Quote>an open tag')).toBe('Title.\n\nText with a link and an open tag');
  });
});

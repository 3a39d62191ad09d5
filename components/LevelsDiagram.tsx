import type { Level } from '@/lib/content';

/**
 * Bruscia's four levels as a spectrum from words-led to music-led, marking
 * where the practice mostly works. Plain HTML and CSS: the ordered list of
 * links is itself the text alternative, and the caption says what it shows.
 */
export function LevelsDiagram({ levels, compact = false }: { levels: readonly Level[]; compact?: boolean }) {
  const focus = levels.filter((l) => l.practiceFocus).map((l) => l.title.toLowerCase());
  return (
    <figure className={compact ? 'levels-diagram levels-diagram-compact' : 'levels-diagram'}>
      <figcaption className="levels-caption">
        The four levels of music in psychotherapy, from words-led to music-led.
        {focus.length > 0 && <> We mostly work at {joinWords(focus)}, marked “where we mostly work”.</>}
      </figcaption>
      <div className="levels-axis" aria-hidden="true">
        <span>Words lead</span>
        <span>Music leads</span>
      </div>
      <ol className="levels-scale">
        {levels.map((level) => (
          <li key={level.slug} className={level.practiceFocus ? 'is-focus' : undefined}>
            <a href={level.url}>
              <span className="levels-number">Level {level.order}</span>
              <span className="levels-title">{level.title}</span>
              {!compact && <span className="levels-summary">{level.summary}</span>}
              {level.practiceFocus && <span className="levels-badge">Where we mostly work</span>}
            </a>
          </li>
        ))}
      </ol>
    </figure>
  );
}

function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

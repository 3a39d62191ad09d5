/**
 * "Did you mean": the closest known word to a misspelt one, and the hint
 * every check gives with it, so the hint reads the same everywhere.
 */

/** Finds the closest known word to a misspelt one; undefined unless it is plausibly a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = typoDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Only suggest what is plausibly a typo: at most a third of the word changed.
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** How a suggestion is written in the hint: as code by default (`title`); a check may show it as written (<Quote>, src="…"). */
type Show = (guess: string) => string;

const asCode: Show = (guess) => `\`${guess}\``;

/**
 * "did you mean `title`?" when one of `candidates` is close to `word`, or
 * `otherwise` (the hint when nothing is close). `then` follows the question
 * (such as "Rename it").
 */
export function didYouMean(
  word: string,
  candidates: readonly string[],
  otherwise: string,
  { show = asCode, then = '' }: { show?: Show; then?: string } = {},
): string {
  const guess = closest(word, candidates);
  return guess === undefined ? otherwise : didYouMeanThis(show(guess), then);
}

/** The hint for a suggestion already found. */
export function didYouMeanThis(shown: string, then = ''): string {
  return `did you mean ${shown}?${then ? ` ${then}` : ''}`;
}

/** Edits between two words, counting two swapped neighbours ("titel") as one edit. */
export function typoDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}

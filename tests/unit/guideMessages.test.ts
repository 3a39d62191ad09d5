/**
 * The staff guide's list of errors (docs/publishing.md, "Fixing common
 * errors") quotes the messages the check prints. Each quoted message must be
 * one the code can print: it is matched against an example of every rule
 * (tests/unit/golden/messages.txt) and against the messages written in the
 * checks' source, with the guide's placeholders (…, N, <X>, a=) as wildcards.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const guide = readFileSync('docs/publishing.md', 'utf8');
const section = guide.slice(guide.indexOf('## Fixing common errors'));
const errors = section.slice(0, section.indexOf('\n## ', 3) === -1 ? undefined : section.indexOf('\n## ', 3));

/** Bold code spans, `**\`…\`**`, joined across the guide's line breaks. */
const quoted = [...errors.matchAll(/\*\*`([^`]+)`\*\*/g)].map((m) => m[1]!.replace(/\s*\n\s*/g, ' '));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The guide's quote as a pattern: its placeholders match anything, also a placeholder of the source. */
function guidePattern(quote: string): RegExp {
  const pattern = escape(quote)
    .replace(/…/g, '.*?')
    .replace(/\bN\b/g, '(?:\\d+(?:\\.\\d+)?|…)')
    .replace(/<X\b/g, '<(?:[A-Z][A-Za-z]*|…)')
    .replace(/ a=/g, ' (?:[a-z]+|…)=');
  return new RegExp(pattern);
}

/** The string and template literals of the checks (read with the TypeScript parser), `${…}` written as …. */
function sourceMessages(): string[] {
  const files = ['lib/content', 'lib/diagnostics', 'lib/practice', 'lib/credentials', 'lib/images'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `${dir}/${f}`),
  );
  return files.flatMap((file) => {
    const messages: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) messages.push(node.text);
      else if (ts.isTemplateExpression(node)) messages.push(node.head.text + node.templateSpans.map((span) => `…${span.literal.text}`).join(''));
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
    return messages;
  });
}

describe('the messages quoted in the staff guide', () => {
  const golden = readFileSync('tests/unit/golden/messages.txt', 'utf8').split('\n');
  const source = sourceMessages();

  it('quotes messages (the list is read)', () => {
    expect(quoted.length).toBeGreaterThan(40);
  });

  // A source message as a pattern: what it fills in (…) matches the guide's words for it (“the CRPO”).
  const templates = source.filter((text) => text.replace(/…/g, '').length >= 10).map((text) => new RegExp(`^${escape(text).replace(/…/g, '.+')}$`));

  it.each(quoted)('“%s” is a message the check can print', (quote) => {
    const pattern = guidePattern(quote);
    // Without its field (`credentials: …`), a quote may be the source's message itself.
    const message = quote.replace(/^[a-z.]+: /, '');
    const printed =
      golden.some((line) => pattern.test(line)) ||
      source.some((text) => guidePattern(message).test(text)) ||
      templates.some((template) => template.test(message));
    expect(printed).toBe(true);
  });
});

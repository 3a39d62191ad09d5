/**
 * The one explainer of zod issues: what is wrong with a value, in a writer's
 * words, after the field's name ("title: is 4 characters long; it must be at
 * least 10"). Modelled on Starlight's error map
 * (withastro/starlight packages/starlight/utils/error-map.ts): one case per
 * issue code, the value the writer typed quoted back, no schema jargon.
 * Each check adds what only it knows: the field's example, its description.
 */
import type { z } from 'zod';

interface Explained {
  /** The kind of problem, the last part of a rule id: `missing`, `wrong-type`, `too-long`… */
  readonly kind: string;
  readonly message: string;
}

/** A value a writer typed, as a message quotes it back: “monday”, 5, a list. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a group of fields';
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

/** A message zod wrote itself ("Invalid input…"), as against one the schema gives ("is not a phone number"). */
function isZodDefault(message: string): boolean {
  return message.startsWith('Invalid') || message.startsWith('Too ');
}

/**
 * Explains one issue about `value` (undefined when the field is missing).
 * `expected`: the words for what the field should be, when the caller knows
 * them better than the schema's type ("a date written YYYY-MM-DD").
 */
export function explainZodIssue(issue: z.core.$ZodIssue, value: unknown, expected?: string): Explained {
  const shown = describeValue(value);
  if (value === undefined) {
    // A schema's own "is missing: …" says what belongs there.
    return { kind: 'missing', message: issue.message.startsWith('is missing') ? issue.message : 'is missing' };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        kind: 'wrong-type',
        message: `${isZodDefault(issue.message) ? `should be ${expected ?? TYPE_WORDS[issue.expected] ?? issue.expected}` : issue.message}, not ${shown}`,
      };
    case 'invalid_value':
      return { kind: 'not-allowed', message: `${shown} is not one of ${issue.values.map(String).join(', ')}` };
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = `${small ? 'at least' : 'at most'} ${String(small ? issue.minimum : issue.maximum)}`;
      if (typeof value === 'string') {
        const length = value.trim().length;
        if (length === 0) return { kind: 'empty', message: 'is empty' };
        return { kind: small ? 'too-short' : 'too-long', message: `is ${length} characters long; it must be ${limit}` };
      }
      if (Array.isArray(value)) return { kind: 'empty-list', message: 'is an empty list' };
      return { kind: 'out-of-range', message: `is ${shown}; it must be ${limit}` };
    }
    case 'not_multiple_of':
      // Prices are the only multiples the schemas ask for (of 0.01).
      return { kind: 'decimals', message: `is ${shown}; write dollars and cents with at most two decimals` };
    case 'invalid_format':
      if ('prefix' in issue && typeof issue.prefix === 'string') return { kind: 'format', message: `does not start with ${issue.prefix}` };
      return { kind: 'format', message: isZodDefault(issue.message) ? `${shown} is not written as it should be` : `${shown} ${issue.message}` };
    case 'invalid_union': {
      // As Starlight does: the types the alternatives expected, "text or a number".
      const types = [...new Set(issue.errors.flat().flatMap((i) => (i.code === 'invalid_type' ? [TYPE_WORDS[i.expected] ?? i.expected] : [])))];
      if (types.length > 0) return { kind: 'wrong-type', message: `should be ${types.join(' or ')}, not ${shown}` };
      return { kind: 'invalid', message: `${shown} is not valid here` };
    }
    default:
      return { kind: 'invalid', message: isZodDefault(issue.message) ? `${shown} is not valid here` : `${shown} ${issue.message}` };
  }
}

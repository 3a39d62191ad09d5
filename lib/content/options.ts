/**
 * How the content module behaves in this process, decided once from the
 * environment that our scripts set, never from NODE_ENV: `npm run dev` sets
 * CONTENT_INCLUDE_UNPUBLISHED=1 so the preview shows drafts and future
 * articles (marked); `npm run build` sets it to 0, so a value left in a
 * writer's shell can never publish a draft.
 */
import { z } from 'zod';

export const INCLUDE_UNPUBLISHED_ENV = 'CONTENT_INCLUDE_UNPUBLISHED';

export interface ContentOptions {
  /** Drafts and articles dated after today are listed and rendered, marked as previews. */
  readonly includeUnpublished: boolean;
}

const FlagSchema = z
  .enum(['', '0', '1', 'false', 'true'], { error: (issue) => `${INCLUDE_UNPUBLISHED_ENV} must be 1 or 0, not ${JSON.stringify(issue.input)}` })
  .transform((value) => value === '1' || value === 'true');

export function contentOptionsFrom(env: Record<string, string | undefined>): ContentOptions {
  const parsed = FlagSchema.safeParse((env[INCLUDE_UNPUBLISHED_ENV] ?? '').trim().toLowerCase());
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  return { includeUnpublished: parsed.data };
}

let options: ContentOptions | undefined;

/** The options of this process, read once. */
export function contentOptions(): ContentOptions {
  return (options ??= contentOptionsFrom(process.env));
}

/**
 * How an MDX component is declared once: its attributes as a zod schema (with
 * a description of each), whether it stands on lines of its own, and whether
 * words go between its tags. The content check, the components map and the
 * writers' guide are all derived from these declarations.
 */
import { z } from 'zod';

export interface MdxComponentUsage<Props extends z.ZodObject = z.ZodObject> {
  /** The attributes, e.g. `z.strictObject({ id: z.string().describe('…') })`. Strict: an unknown attribute is an error. */
  readonly props: Props;
  /** `block`: a box or figure on lines of its own; `inline`: part of a sentence. */
  readonly layout: 'block' | 'inline';
  /** What goes between the tags: nothing (`<Cite … />`), or words the component needs (say which). */
  readonly children: { readonly required: false } | { readonly required: true; readonly what: string };
  /** One sentence for the writers' guide. */
  readonly summary: string;
  /** A correct use, shown in the guide and in fixes. */
  readonly example: string;
  /**
   * What some attributes mean beyond their type, declared here once for every
   * check that reads them: `reference`, a key of a work in
   * content/bibliography.yaml; `text`, words a reader sees (a caption, alt
   * text, a title), which the advertising check reads as prose.
   */
  readonly propRoles?: { readonly [Prop in keyof z.infer<Props> & string]?: PropRole };
}

/** See `MdxComponentUsage.propRoles`. */
export type PropRole = 'reference' | 'text';

export function mdxComponentUsage<Props extends z.ZodObject>(usage: MdxComponentUsage<Props>): MdxComponentUsage<Props> {
  return usage;
}

/**
 * The attributes a component was given, checked against its declaration. The
 * content check reports a bad use at its line before anything is built; this
 * is the safety net for a page rendered without that check.
 */
export function attributesOf<U extends MdxComponentUsage>(name: string, usage: U, input: object): z.infer<U['props']> {
  // MDX passes the words between the tags as `children`; they are not attributes.
  const attributes: Record<string, unknown> = { ...input };
  delete attributes.children;
  const result = usage.props.safeParse(attributes);
  if (!result.success) throw new Error(`<${name}>: ${z.prettifyError(result.error)} (run npm run check:content to see the file and line)`);
  return result.data as z.infer<U['props']>;
}

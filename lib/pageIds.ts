/**
 * The ids the page layout adds around a document's body, declared once: the
 * layout and components set them, and the content check lets a same-page
 * link (`#references`) use them.
 */
export const pageIds = {
  /** The main landmark, app/layout.tsx: the skip link's target, on every page. */
  main: 'main',
  /** The reference list under an article that cites works, components/References.tsx. */
  references: 'references',
  /** Related reading under an article, components/RelatedReading.tsx. */
  related: 'related',
} as const;

/** Ids every page has, whatever its body: only the main landmark. */
export const everyPageIds: readonly string[] = [pageIds.main];

import type { ReactNode } from 'react';

const kinds = { note: 'Note', tip: 'Tip', important: 'Important' } as const;

type Kind = keyof typeof kinds;

interface Props {
  /** `note` (the default), `tip` or `important`. */
  type?: Kind;
  /** A heading-like label shown in bold; without it the box shows its type, e.g. "Note". */
  title?: string;
  children: ReactNode;
}

/**
 * `<Callout type="tip" title="Before your first session">…</Callout>`: a calm
 * box set apart from the text. It is an `<aside>` named by its title, so
 * screen reader users can find it and skip past it.
 */
export function Callout({ type = 'note', title, children }: Props) {
  if (!Object.hasOwn(kinds, type)) {
    throw new Error(`<Callout type="${String(type)}"> is not a kind of callout: use type="note", "tip" or "important" (or leave type out for a note)`);
  }
  const label = title?.trim() || kinds[type];
  // The name says the kind too, so "Important" is heard even when the box has its own title.
  const name = label === kinds[type] ? label : `${kinds[type]}: ${label}`;
  return (
    <aside aria-label={name} className="my-6 rounded-md border-l-4 border-accent bg-surface p-4 [&>:first-child]:mt-0 [&>:last-child]:mb-0">
      <p className="font-semibold">{label}</p>
      {children}
    </aside>
  );
}

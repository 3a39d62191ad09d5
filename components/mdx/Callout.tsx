import type { ReactNode } from 'react';
import { attributesOf } from '@/lib/components/usage';
import { calloutKinds, usage } from '@/lib/components/Callout.props';

/**
 * `<Callout type="tip" title="Before your first session">…</Callout>`: a calm
 * box set apart from the text. It is an `<aside>` named by its title, so
 * screen reader users can find it and skip past it.
 */
export function Callout(input: { children?: ReactNode }) {
  const { type = 'note', title } = attributesOf('Callout', usage, input);
  const label = title || calloutKinds[type];
  // The name says the kind too, so "Important" is heard even when the box has its own title.
  const name = label === calloutKinds[type] ? label : `${calloutKinds[type]}: ${label}`;
  return (
    <aside aria-label={name} className="my-6 rounded-md border-l-4 border-accent bg-surface p-4 [&>:first-child]:mt-0 [&>:last-child]:mb-0">
      <p className="font-semibold">{label}</p>
      {input.children}
    </aside>
  );
}

import Link from 'next/link';
import { groupOf } from '@/lib/breadcrumbs';
import { aboutNavigation } from '@/lib/routes';

/**
 * The pages of a navigation group (About music psychotherapy), on each of
 * them: on a wide screen the header shows only the group, so its pages are
 * one tap away here. Plain HTML; the current page is marked.
 */
export function SectionNav({ path }: { path: string }) {
  const group = path === aboutNavigation.href ? aboutNavigation : groupOf(path);
  if (!group?.children) return null;
  const current = [...group.children].reverse().find((child) => path === child.href || (child.href !== group.href && path.startsWith(child.href)));
  return (
    <nav aria-label={group.label} className="section-nav" data-pagefind-ignore="all">
      <ul>
        {group.children.map((child) => (
          <li key={child.href}>
            <Link href={child.href} aria-current={child === current ? (path === child.href ? 'page' : 'true') : undefined}>
              {child.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

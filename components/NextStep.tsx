import Link from 'next/link';
import { routes } from '@/lib/routes';

/** The calm way forward at the end of every content page: getting started, or help now. */
export function NextStep() {
  return (
    <aside aria-labelledby="next-step-heading" className="next-step card mt-12" data-next-step>
      <h2 id="next-step-heading" className="text-xl font-semibold">
        Your next step
      </h2>
      <p className="mt-2">If you would like to try music psychotherapy, you can start whenever you feel ready. We explain what happens when you reach out.</p>
      <p className="mt-4 flex flex-wrap gap-4">
        <Link href={routes.gettingStarted} className="button">
          Getting started
        </Link>
        <Link href={routes.helpNow} className="button-secondary">
          Need help now?
        </Link>
      </p>
    </aside>
  );
}

import { regulators, type RegulatorId } from '@/lib/regulators';
import { loadPractice } from '@/lib/practice/load';

/** The register named in full: the abbreviation alone would need its glossary markup here. */
export function registerName(regulator: (typeof regulators)[RegulatorId]): string {
  return `the ${regulator.kind === 'college' ? 'public register' : 'public list of certified members'} of the ${regulator.name}`;
}

/**
 * A team member's registrations from the practice profile, each linking to
 * the body's public register, so anyone can check them. Without a number,
 * the link still lets a reader look the person up by name.
 */
export function Registrations({ slug, name }: { slug: string; name: string }) {
  const registrations = loadPractice().team?.[slug]?.registrations ?? [];
  if (registrations.length === 0) return null;
  return (
    <section aria-labelledby="registration" className="mt-8">
      <h2 id="registration" className="text-xl font-semibold">
        Registration
      </h2>
      <ul className="bullets">
        {registrations.map(({ body, number }) => {
          const regulator = regulators[body as RegulatorId];
          return (
            <li key={body} data-registration={body}>
              {regulator.name}
              {number ? `, number ${number}` : ''}.{' '}
              <a href={regulator.register.url}>
                {number ? 'Check it on' : `Look up ${name} by name on`} {registerName(regulator)}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

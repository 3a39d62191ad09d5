import { regulators, type RegulatorId } from '@/lib/regulators';
import { loadPractice } from '@/lib/practice/load';

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
              {regulator.name} ({regulator.id}){number ? `, number ${number}` : ''}.{' '}
              <a href={regulator.register.url}>
                {number ? 'Check it on' : `Look up ${name} by name on`} {regulator.register.label}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

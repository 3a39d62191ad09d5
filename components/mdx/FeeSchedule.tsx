import { formatPrice } from '@/lib/practice/describe';
import { loadPractice } from '@/lib/practice/load';

/**
 * The fee schedule from the practice profile (CRPO standard 6.1), as a
 * table; or where it is available. While neither is given it shows
 * nothing: the page's details (SessionDetails) say once what is not
 * published, so the page does not repeat it.
 */
export function FeeSchedule() {
  const { schedule, availability } = loadPractice().fees ?? {};
  if (!schedule) return availability ? <p>Our fee schedule is not listed on this website. {availability}</p> : null;
  return (
    <>
      <table className="fee-schedule">
        <caption>Fee schedule, in Canadian dollars</caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Length</th>
            <th scope="col">Fee</th>
          </tr>
        </thead>
        <tbody>
          {schedule.map((fee) => (
            <tr key={`${fee.service}-${fee.minutes}`}>
              <th scope="row">{fee.service}</th>
              <td>{fee.minutes} minutes</td>
              <td>{formatPrice(fee.price)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {availability && <p>{availability}</p>}
    </>
  );
}

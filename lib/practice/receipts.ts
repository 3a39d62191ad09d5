/**
 * What a receipt shows, item by item, as the CRPO's guidance lists it
 * ("In short, receipts should include", crpoSources.receipts). The profile's
 * `fees.receiptShows` names the items the practice's receipts carry; the
 * launch check lists any the CRPO expects and the profile does not name.
 */
export const RECEIPT_ITEM_IDS = [
  'therapist name',
  'college title',
  'registration number',
  'amount',
  'date',
  'service and length',
  'client name and address',
] as const;
export type ReceiptItemId = (typeof RECEIPT_ITEM_IDS)[number];

/** Each item as the fees page says it, to a client. */
export const receiptItemWords: Readonly<Record<ReceiptItemId, string>> = {
  'therapist name': 'the therapist’s name, as the CRPO’s public register records it',
  'college title': 'their title from the College',
  'registration number': 'their CRPO registration number',
  amount: 'the amount paid',
  date: 'the date of the session',
  'service and length': 'the service and how long it lasted',
  'client name and address': 'your full name and address',
};

/** The CRPO's items that a list of shown items leaves out, in the CRPO's order. */
export function missingReceiptItems(shown: readonly ReceiptItemId[]): ReceiptItemId[] {
  return RECEIPT_ITEM_IDS.filter((id) => !shown.includes(id));
}

/**
 * The practical questions the FAQ can answer from the practice profile: a
 * question names one in `answerFrom`. Declared once here; the schema's help
 * text, the content check, the editor's select and the staff guide's list
 * all read this list. It imports nothing, so any layer may read it.
 */
export const practiceTopics = ['cost', 'receipts', 'length', 'format', 'where', 'ages', 'first-conversation', 'cancellation'] as const;
export type PracticeTopic = (typeof practiceTopics)[number];

/** The topics as a writer reads them in help text: "cost, receipts, … or cancellation". */
export function topicsInWords(): string {
  return `${practiceTopics.slice(0, -1).join(', ')} or ${practiceTopics.at(-1)}`;
}

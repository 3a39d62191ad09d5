import { practiceAnswer, type PracticeTopic } from '@/lib/practice/describe';
import { loadPractice } from '@/lib/practice/load';

/** One practical answer from the practice profile, or what to do while it is not published. */
export function PracticeAnswer({ topic }: { topic: PracticeTopic }) {
  const { answer, instead } = practiceAnswer(topic, loadPractice());
  return answer ? <p>{answer}</p> : <p data-unpublished={topic}>{instead}</p>;
}

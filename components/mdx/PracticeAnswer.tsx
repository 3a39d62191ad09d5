import { practiceAnswer } from '@/lib/practice/describe';
import type { PracticeTopic } from '@/lib/practice/topics';
import { loadPractice } from '@/lib/practice/load';

/**
 * One practical answer from the practice profile. While the profile does not
 * answer it, nothing: a question answered only by the profile is left off
 * the questions page (isAnswered), and one with its own text needs no gap.
 */
export function PracticeAnswer({ topic }: { topic: PracticeTopic }) {
  const { answer } = practiceAnswer(topic, loadPractice());
  return answer ? <p>{answer}</p> : null;
}

/** The ordered lists that explain the practice: music experiences, levels, areas of well-being, questions. */
import { content } from '../contentIndex';
import { neighbours } from '../related';
import type { Area, Experience, FaqEntry, Level } from '../types';

export function getExperiences(): Experience[] {
  return [...content().documents('Experience')];
}

export function getExperience(slug: string): { experience: Experience; previous?: Experience; next?: Experience } | undefined {
  const all = content().documents('Experience');
  const index = all.findIndex((e) => e.slug === slug);
  return index === -1 ? undefined : { experience: all[index]!, ...neighbours(all, index) };
}

export function getLevels(): Level[] {
  return [...content().documents('Level')];
}

export function getAreas(): Area[] {
  return [...content().documents('Area')];
}

export function getArea(slug: string): Area | undefined {
  return content().document('Area', slug);
}

export function getFaq(): FaqEntry[] {
  return [...content().faq];
}

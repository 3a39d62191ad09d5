/**
 * The one module pages read content through. It turns contentlayer's
 * generated documents into the site's own types (types.ts, derived from the
 * schema table), so that pages never import generated files and the content
 * layer could be replaced behind it alone.
 */
export type { Area, Article, ArticleSummary, Citation, HeldCredential, Level, Person, Section, Term } from './types';
export { getArticle, getArticles, getArticlesBy, getRelatedArticles, getTag, getTags } from './getters/articles';
export { getGlossary, getPeople, getPerson, getReview, getTermByAbbreviation, type Review } from './getters/people';
export { getArea, getAreas, getExperience, getExperiences, getFaq, getLevels } from './getters/topics';
export { getDocument, getDocuments, getHome, getPage, getPages, getSection } from './getters/pages';

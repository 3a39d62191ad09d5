// Site search, on /search/ only. Pagefind's index is made from the built
// pages after the build; this script asks it and lists the results.
//
// Pagefind matches the start of words ("in" finds "insurance", "fee" finds
// "feeling"), which tells a reader the site covers what it does not. So a
// page is listed only when every word searched for is on it as a whole word
// (or with a plural or verb ending), and pages with the words in their
// title come first. Without JavaScript the form stays hidden and a note
// says how to browse instead.
const form = document.querySelector('#search-form');
const input = document.querySelector('#search-input');
const status = document.querySelector('#search-status');
const list = document.querySelector('#search-results');
const empty = document.querySelector('#search-empty');
const emptyQuery = document.querySelector('#search-empty-query');

let pagefind;

form.dataset.ready = '';

/** The words of a query or a text, lower-cased, accents and curly quotes folded. */
function words(text) {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[’‘]/g, "'")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

const ENDINGS = ['', 's', 'es', "'s", 'ed', 'd', 'ing'];

/** True when `wanted` is one of `have`, allowing plural and verb endings. */
function hasWord(have, wanted) {
  if (wanted.endsWith('y') && have.has(`${wanted.slice(0, -1)}ies`)) return true;
  return ENDINGS.some((ending) => have.has(wanted + ending) || (wanted.endsWith('e') && have.has(wanted.slice(0, -1) + ending)));
}

function hasAllWords(text, queryWords) {
  const have = new Set(words(text).flatMap((w) => [w, ...w.split('-')]));
  return queryWords.every((w) => hasWord(have, w));
}

/** Text with its runs of white space made single spaces. */
function squeeze(text) {
  return text.replace(/\s+/g, ' ').trim();
}

function plain(html) {
  const element = document.createElement('div');
  element.innerHTML = html;
  return squeeze(element.textContent);
}

function escapeHtml(text) {
  const element = document.createElement('div');
  element.textContent = text;
  return element.innerHTML;
}

const EXCERPT_WORDS = 24;

/**
 * The page's text without its hidden search words (components/SearchWords.tsx), which are no sentence of the page,
 * and whether Pagefind's excerpt fell on them.
 */
function pageText(result, excerpt) {
  const content = squeeze(result.content);
  const searchWords = squeeze(result.meta.searchWords ?? '');
  const at = searchWords ? content.indexOf(searchWords) : -1;
  if (at < 0) return { text: content, onSearchWords: false };
  const from = content.indexOf(excerpt);
  const onSearchWords = excerpt === '' || from < 0 || (from < at + searchWords.length && at < from + excerpt.length);
  return { text: squeeze(`${content.slice(0, at)} ${content.slice(at + searchWords.length)}`), onSearchWords };
}

/** The page's first words after its heading, which the result shows already. */
function openingHtml(text, title) {
  const tokens = (title && text.startsWith(title) ? text.slice(title.length).replace(/^[\s.]+/, '') : text).split(' ');
  return `${escapeHtml(tokens.slice(0, EXCERPT_WORDS).join(' '))}${tokens.length > EXCERPT_WORDS ? ' …' : ''}`;
}

/**
 * Pagefind's excerpt (escaped text with <mark>), with an ellipsis at each end where it cuts the page's text; the
 * page's opening words instead when the excerpt fell on its search words.
 */
function excerptHtml(result) {
  const excerpt = plain(result.excerpt);
  const { text, onSearchWords } = pageText(result, excerpt);
  if (onSearchWords) return openingHtml(text, squeeze(result.meta.title ?? ''));
  const starts = excerpt === '' || text.startsWith(excerpt.slice(0, 40));
  const ends = excerpt === '' || text.endsWith(excerpt.slice(-40));
  return `${starts ? '' : '… '}${result.excerpt.trim()}${ends ? '' : ' …'}`;
}

function show(results, query) {
  for (const result of results) {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title || result.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and adds only <mark> around matches.
    excerpt.innerHTML = excerptHtml(result);
    item.append(heading, excerpt);
    list.append(item);
  }
  const count = results.length;
  empty.hidden = count > 0;
  emptyQuery.textContent = query;
  status.textContent = count === 0 ? `No results for “${query}”.` : `${count} result${count === 1 ? '' : 's'} for “${query}”.`;
}

async function search(query) {
  list.replaceChildren();
  empty.hidden = true;
  const queryWords = words(query);
  if (queryWords.length === 0) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    // A match in a title counts for more than the same word in the text.
    await pagefind.options({ excerptLength: EXCERPT_WORDS, ranking: { metaWeights: { title: 10 }, termSimilarity: 8 } });
  }
  const response = await pagefind.search(query);
  const found = await Promise.all(response.results.slice(0, 40).map((result) => result.data()));
  const matching = found.filter((result) => hasAllWords(`${result.meta.title ?? ''} ${result.content}`, queryWords));
  // Pages with every word in their title first; otherwise Pagefind's order.
  const inTitle = (result) => hasAllWords(result.meta.title ?? '', queryWords);
  const ranked = [...matching.filter(inTitle), ...matching.filter((r) => !inTitle(r))];
  show(ranked.slice(0, 20), query);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = input.value;
  history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
  search(query);
});

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
if (initial) search(initial);

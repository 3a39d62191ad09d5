// Site search, on /search/ only. Pagefind's index is made from the built
// pages after the build; this script asks it and lists the results. Without
// JavaScript the form stays hidden and a note says how to browse instead.
const form = document.querySelector('#search-form');
const input = document.querySelector('#search-input');
const status = document.querySelector('#search-status');
const list = document.querySelector('#search-results');

let pagefind;

form.hidden = false;
document.querySelector('#search-no-js').hidden = true;

async function search(query) {
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  pagefind ??= await import('/pagefind/pagefind.js');
  const response = await pagefind.search(query);
  const results = await Promise.all(response.results.slice(0, 20).map((result) => result.data()));
  for (const result of results) {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title || result.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    // Pagefind escapes the page text and adds only <mark> around matches.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, excerpt);
    list.append(item);
  }
  const count = response.results.length;
  status.textContent = count === 0 ? `No results for “${query}”. Try another word, or browse the links below.` : `${count} result${count === 1 ? '' : 's'} for “${query}”.`;
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

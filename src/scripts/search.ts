/**
 * The search page's script: runs the query with Pagefind (loaded from the site itself,
 * never from elsewhere) and lists the results, announcing their count. Pagefind picks
 * the index of the page's language. Any failure to load (file://, a missing index)
 * shows a clear message instead.
 */
import { pluralCategory } from '../lib/i18n/plural';
import { root } from './root';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

const form = document.getElementById('search-form') as HTMLFormElement | null;
const input = document.getElementById('search-input') as HTMLInputElement | null;
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
let engine: Promise<Pagefind> | undefined;

/** Shows the status text in `data-<key>`, its `{placeholders}` filled. */
const say = (key: string, values: Record<string, string> = {}) => {
  if (status) status.textContent = (status.getAttribute(`data-${key}`) ?? '').replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
};

async function load(): Promise<Pagefind> {
  // A plain variable, not a template literal in the import: Vite would wrap the latter in
  // its preload helper, which an inlined script does not have.
  const url = `${root}pagefind/pagefind.js`;
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pf.options({ baseUrl: '/' });
  return pf;
}

async function run(q: string): Promise<void> {
  if (!list) return;
  list.replaceChildren();
  if (!q.trim()) return say('ready');
  say('loading');
  try {
    const pf = await (engine ??= load());
    const { results } = await pf.search(q);
    const shown = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    for (const r of shown) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      // Pagefind gives root-relative URLs; make them relative to this page like every other link.
      a.href = `${root}${r.url.replace(/^\//, '')}`;
      a.textContent = r.meta.title ?? r.url;
      const p = document.createElement('p');
      // Pagefind's excerpt is our own text with the matches in <mark>.
      p.innerHTML = r.excerpt;
      li.append(a, p);
      list.append(li);
    }
    // The count's form for the page's language: data-count-one, data-count-other, …
    const n = results.length;
    say(n ? `count-${pluralCategory(document.documentElement.lang, n)}` : 'none', { n: String(n), q });
  } catch {
    engine = undefined;
    say('failed');
  }
}

if (form && input) {
  say('ready');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

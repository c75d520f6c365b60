// The per-page numbers of the built site: for every HTML page in dist/, the requests a first
// visit makes, bytes raw and gzip by kind, the text-overhead ratio (gzip of everything the
// page loads ÷ gzip of its visible text; the target is 2.5 or less) and the DOM size.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { pad } from './format.mjs';

/** The text-overhead target (ratio of gzip bytes loaded to gzip bytes of visible text). */
export const OVERHEAD_TARGET = 2.5;

/** Builds the site into dist/ (`astro build --force`) and returns the wall time in seconds. */
export function buildSite() {
  const started = process.hrtime.bigint();
  execFileSync('npx', ['astro', 'build', '--force'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Every `.html` file under `dist`, as sorted `/`-separated paths relative to it. */
export function htmlPages(dist) {
  const pages = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) pages.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return pages.sort();
}

const gz = (s) => gzipSync(Buffer.isBuffer(s) ? s : Buffer.from(s), { level: 9 }).length;

/** The numbers of one built page (`file` relative to `dist`). */
function measurePage(dist, file) {
  const html = readFileSync(join(dist, file), 'utf8');
  const doc = parse(html);
  let elements = 0;
  let text = '';
  const css = [];
  const js = [];
  const requests = [];
  const visit = (n, hidden) => {
    if (n.tagName) elements++;
    const attrs = Object.fromEntries((n.attrs ?? []).map((a) => [a.name, a.value]));
    if (n.tagName === 'style') css.push(n.childNodes?.[0]?.value ?? '');
    if (n.tagName === 'script' && !attrs.src && attrs.type === 'module') js.push(n.childNodes?.[0]?.value ?? '');
    if (n.tagName === 'link' && ['icon', 'stylesheet'].includes(attrs.rel)) requests.push(attrs.href);
    if (n.tagName === 'img' || (n.tagName === 'script' && attrs.src)) requests.push(attrs.src);
    if (n.nodeName === '#text' && !hidden) text += n.value;
    const hide = hidden || ['head', 'script', 'style', 'template'].includes(n.tagName);
    for (const c of n.childNodes ?? []) visit(c, hide);
    if (n.content) visit(n.content, hide);
  };
  visit(doc, false);
  const visible = text.replace(/\s+/g, ' ').trim();
  const loaded =
    gz(html) +
    requests.reduce((sum, r) => {
      try {
        return sum + gz(readFileSync(join(dist, file, '..', r.split(/[?#]/)[0])));
      } catch {
        return sum;
      }
    }, 0);
  return {
    page: file,
    requests: 1 + requests.length,
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gz(html),
    inlineCssGzip: gz(css.join('')),
    inlineJsGzip: js.length ? gz(js.join('')) : 0,
    textGzip: gz(visible),
    overhead: Number((loaded / gz(visible)).toFixed(2)),
    domElements: elements,
  };
}

/** The numbers of every page in `dist`. */
export function measurePages(dist = 'dist') {
  return htmlPages(dist).map((file) => measurePage(dist, file));
}

/** Prints the per-page table. */
export function printPages(rows) {
  console.log(`${'page'.padEnd(38)}${pad('req', 4)}${pad('html', 8)}${pad('html.gz', 9)}${pad('css.gz', 8)}${pad('js.gz', 7)}${pad('text.gz', 9)}${pad('ratio', 7)}${pad('target', 8)}${pad('DOM', 6)}`);
  for (const r of rows) {
    const gap = r.overhead <= OVERHEAD_TARGET ? 'met' : `+${(r.overhead - OVERHEAD_TARGET).toFixed(2)}`;
    console.log(`${r.page.padEnd(38)}${pad(r.requests, 4)}${pad(r.htmlBytes, 8)}${pad(r.htmlGzip, 9)}${pad(r.inlineCssGzip, 8)}${pad(r.inlineJsGzip, 7)}${pad(r.textGzip, 9)}${pad(r.overhead, 7)}${pad(gap, 8)}${pad(r.domElements, 6)}`);
  }
}

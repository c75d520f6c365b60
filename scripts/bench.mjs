#!/usr/bin/env node
// npm run bench: builds the site, then prints (and writes reports/bench.json) per page the
// requests a first visit makes, bytes raw and gzip by kind, the text-overhead ratio (gzip
// of everything the page loads ÷ gzip of its visible text; the target is 2.5 or less),
// and the DOM size; plus the build time. Numbers, not pass/fail: budgets live in the tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'parse5';

const started = process.hrtime.bigint();
execFileSync('npx', ['astro', 'build', '--force'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildSeconds = Number(process.hrtime.bigint() - started) / 1e9;

const dist = 'dist';
const pages = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.html')) pages.push(relative(dist, path).split(sep).join('/'));
  }
};
walk(dist);
pages.sort();

const gz = (s) => gzipSync(Buffer.isBuffer(s) ? s : Buffer.from(s), { level: 9 }).length;
const rows = pages.map((file) => {
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
  const loaded = gz(html) + requests.reduce((sum, r) => {
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
});

const pad = (v, n) => String(v).padStart(n);
console.log(`${'page'.padEnd(38)}${pad('req', 4)}${pad('html', 8)}${pad('html.gz', 9)}${pad('css.gz', 8)}${pad('js.gz', 7)}${pad('text.gz', 9)}${pad('ratio', 7)}${pad('target', 8)}${pad('DOM', 6)}`);
for (const r of rows) {
  const gap = r.overhead <= 2.5 ? 'met' : `+${(r.overhead - 2.5).toFixed(2)}`;
  console.log(`${r.page.padEnd(38)}${pad(r.requests, 4)}${pad(r.htmlBytes, 8)}${pad(r.htmlGzip, 9)}${pad(r.inlineCssGzip, 8)}${pad(r.inlineJsGzip, 7)}${pad(r.textGzip, 9)}${pad(r.overhead, 7)}${pad(gap, 8)}${pad(r.domElements, 6)}`);
}
console.log(`\nbuild time: ${buildSeconds.toFixed(1)} s (astro build --force, with search index, cards, archive)`);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.json', JSON.stringify({ buildSeconds, pages: rows }, null, 2));
console.log('wrote reports/bench.json');

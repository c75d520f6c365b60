#!/usr/bin/env node
// A tiny static server for the tests: serves dist/ under a sub-path (default /mirror/kz/),
// as a mirror under someone else's path would, to prove the same build works there.
// Usage: node scripts/serve-static.mjs [port] [mount]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [port = '4330', mount = '/mirror/kz/'] = process.argv.slice(2);
const root = join(process.cwd(), 'dist');
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.json': 'application/json', '.txt': 'text/plain', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.zip': 'application/zip' };

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (!url.pathname.startsWith(mount)) {
    res.writeHead(404).end('not under the mount');
    return;
  }
  let path = normalize(join(root, decodeURIComponent(url.pathname.slice(mount.length))));
  if (!path.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) {
    res.writeHead(404, { 'Content-Type': types['.html'] });
    createReadStream(join(root, '404.html')).pipe(res);
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(res);
}).listen(Number(port), '127.0.0.1');

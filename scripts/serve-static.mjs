#!/usr/bin/env node
// A tiny static server for the tests: serves dist/ under a sub-path (default /mirror/kz/),
// as a mirror under someone else's path would, to prove the same build works there.
// With --compress (npm run bench), it compresses as static hosts and CDNs commonly do:
// brotli (quality 11) where the browser accepts it, else gzip (level 9), for text files.
// Usage: node scripts/serve-static.mjs [port] [mount] [--compress]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const compress = args.includes('--compress');
const [port = '4330', mount = '/mirror/kz/'] = args.filter((a) => a !== '--compress');
const root = join(process.cwd(), 'dist');
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.json': 'application/json', '.txt': 'text/plain', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_fragment': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.zip': 'application/zip' };
const TEXT = new Set(['.html', '.css', '.js', '.svg', '.xml', '.json', '.txt']);
/** Compressed bodies, by encoding and file: each file is compressed once. */
const compressed = new Map();
function send(req, res, path, status) {
  const type = types[extname(path)] ?? 'application/octet-stream';
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding = compress && TEXT.has(extname(path)) ? (/\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null) : null;
  if (!encoding) {
    res.writeHead(status, { 'Content-Type': type });
    createReadStream(path).pipe(res);
    return;
  }
  const key = `${encoding} ${path}`;
  if (!compressed.has(key)) {
    const raw = readFileSync(path);
    compressed.set(key, encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }) : gzipSync(raw, { level: 9 }));
  }
  const body = compressed.get(key);
  res.writeHead(status, { 'Content-Type': type, 'Content-Encoding': encoding, 'Content-Length': body.length, Vary: 'Accept-Encoding' });
  res.end(body);
}

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
    send(req, res, join(root, '404.html'), 404);
    return;
  }
  send(req, res, path, 200);
}).listen(Number(port), '127.0.0.1');

#!/usr/bin/env node
// Serves dist/ with nginx and deploy/nginx.conf, for the browser tests: the edition at the root
// on the first port and under /mirror/kz/ on the second, as the test's own process (no daemon,
// no system paths). Only the site folder, the two ports and nginx's log, pid and temp paths are
// replaced; everything else is the shipped configuration.
// Usage: node scripts/serve-nginx.mjs <root port> <sub-path port>   (NGINX_PATH: another nginx)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [rootPort, subPort] = process.argv.slice(2).map(Number);
if (!rootPort || !subPort) throw new Error('usage: node scripts/serve-nginx.mjs <root port> <sub-path port>');
const nginx = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
if (!existsSync(nginx)) {
  console.error(`No nginx at ${nginx}. Install Debian's (apt-get install -y nginx) or set NGINX_PATH.`);
  process.exit(1);
}
const site = resolve('dist');
if (!existsSync(join(site, 'nginx-headers.conf'))) {
  console.error('dist/nginx-headers.conf is missing: run `npm run build` first.');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) mkdirSync(join(dir, sub));
const shipped = readFileSync('deploy/nginx.conf', 'utf8');
const conf = shipped
  .replaceAll('/srv/skulder-ved-skulder', site)
  .replace('listen 8080;', `listen 127.0.0.1:${rootPort};`)
  .replace('listen 8081;', `listen 127.0.0.1:${subPort};`)
  .replace(
    'http {',
    `http {\n    access_log off;\n${['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t === 'body' ? 'client_body' : t}_temp_path ${join(dir, t)};`).join('\n')}`,
  );
for (const expected of [site, `127.0.0.1:${rootPort}`, `127.0.0.1:${subPort}`]) {
  if (!conf.includes(expected)) throw new Error(`deploy/nginx.conf changed shape: could not set ${expected}`);
}
writeFileSync(join(dir, 'nginx.conf'), conf);

const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'logs', 'error.log'), '-g', `daemon off; master_process off; pid ${join(dir, 'nginx.pid')};`], {
  stdio: 'inherit',
});
const stop = () => child.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});

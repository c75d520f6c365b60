import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PORTS } from './ports';

/**
 * Extra nginx servers for the offline tests (tests/e2e/offline.spec.ts), each test its own
 * process on its own port (E2E_PORT + 2 … + 9, so two runs never share one), stopped by the
 * test. `servers` are nginx `server { … }` blocks; `{port}` stands for the port.
 */
export async function serveNginx(offset: number, servers: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  if (offset < 2 || offset > 9) throw new Error('offline tests use E2E_PORT + 2 … + 9');
  const port = PORTS.root + offset;
  const origin = `http://127.0.0.1:${port}`;
  // Never test someone else's server (or one a killed run left behind).
  if (await fetch(`${origin}/`).then(() => true, () => false)) throw new Error(`port ${port} is in use`);
  const dir = mkdtempSync(join(tmpdir(), 'nginx-offline-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) mkdirSync(join(dir, sub));
  const conf = `events {}
http {
    access_log off;
${['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t === 'body' ? 'client_body' : t}_temp_path ${join(dir, t)};`).join('\n')}
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    absolute_redirect off;
    index index.html;
${servers.replaceAll('{port}', `127.0.0.1:${port}`)}
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const child = spawn(
    process.env.NGINX_PATH ?? '/usr/sbin/nginx',
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'logs', 'error.log'), '-g', `daemon off; master_process off; pid ${join(dir, 'nginx.pid')};`],
    { stdio: 'inherit' },
  );
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx on ${port} exited with ${child.exitCode}`);
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx on ${port} did not start`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    origin,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A copy of dist/ in a temporary folder, for a test that changes ("deploys") files. */
export function distCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dist-'));
  cpSync(resolve('dist'), dir, { recursive: true });
  return dir;
}

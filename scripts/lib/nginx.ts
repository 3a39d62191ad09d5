/**
 * Runs Debian's nginx with the site's deploy/ configuration for tests: a
 * foreground child with its own prefix, temp folders, pid file and error
 * log in a temporary folder, listening on loopback only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DEBIAN_NGINX = '/usr/sbin/nginx';
const MIME_TYPES = '/etc/nginx/mime.types';

export function findNginx(env: Record<string, string | undefined> = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  const configured = env.NGINX_PATH?.trim();
  if (configured) return exists(configured) ? configured : undefined;
  return exists(DEBIAN_NGINX) ? DEBIAN_NGINX : undefined;
}

/** The main configuration around the site's server directives (`siteConf`). */
function testNginxConf(options: { prefix: string; port: number; root: string; siteConf: string }): string {
  const { prefix, port, root, siteConf } = options;
  const temp = (name: string) => `${name}_temp_path ${path.join(prefix, name)};`;
  return [
    'daemon off;',
    'worker_processes 1;',
    `pid ${path.join(prefix, 'nginx.pid')};`,
    `error_log ${path.join(prefix, 'error.log')} warn;`,
    // As root, workers would otherwise run as "nobody"; the site's files are the test runner's.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    'events { worker_connections 64; }',
    'http {',
    `  include ${MIME_TYPES};`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${root};`,
    `    include ${siteConf};`,
    '  }',
    '}',
    '',
  ].join('\n');
}

export interface RunningNginx {
  readonly url: string;
  readonly errorLog: () => string;
  stop(): Promise<void>;
}

export async function startNginx(options: { port: number; root: string; siteConf: string }): Promise<RunningNginx> {
  const binary = findNginx();
  if (!binary) throw new Error('nginx is not installed: run `tsx scripts/ensure-nginx.ts` (or `apt-get install nginx-light`).');
  const prefix = mkdtempSync(path.join(tmpdir(), 'site-nginx-'));
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(conf, testNginxConf({ prefix, port: options.port, root: path.resolve(options.root), siteConf: path.resolve(options.siteConf) }));
  const errorLog = () => (existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8') : '');
  // -e: the log for messages before the configuration is read, which would otherwise go to /var/log/nginx.
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${options.port}`;
  const until = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${errorLog()}`);
    const ready = await fetch(`${url}/`, { method: 'HEAD' }).then(
      () => true,
      () => false,
    );
    if (ready) break;
    if (Date.now() > until) throw new Error(`nginx did not answer on ${url}:\n${errorLog()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    errorLog,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

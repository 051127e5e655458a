// Sets up what a fresh machine lacks: npm dependencies and a Chromium to test in.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** Runs a command with inherited output; returns its exit status. */
export function run(cmd, args, options = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (res.error) {
    console.error(`Could not run ${cmd}: ${res.error.message}`);
    return 1;
  }
  return res.status ?? 1;
}

/** Installs npm dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
  if (!stale) return;
  console.log('Installing npm dependencies…');
  const status = run('npm', [existsSync(lock) ? 'ci' : 'install', '--no-audit', '--no-fund']);
  if (status !== 0) {
    console.error('npm could not install the dependencies (see above).');
    process.exit(status);
  }
}

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The Chromium/Chrome to drive: $CHROME_PATH, else a system install. */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Returns a Chromium path, installing Debian's chromium with apt-get when root and none is found. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('No Chromium found: installing Debian\'s chromium package…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], { env }) === 0 && run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) === 0) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  console.error(
    [
      'Linkscout needs Chromium (or Chrome) to run the extension and its browser tests, and none was found.',
      '  Debian/Ubuntu:  sudo apt-get install chromium',
      '  Elsewhere:      install Chromium or Chrome, then set CHROME_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}

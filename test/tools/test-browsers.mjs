// Runs the browser tests in every engine this machine has (see README "Tests").
// Finds Chromium and Firefox (CHROME_PATH / FIREFOX_PATH or the usual places);
// on Debian/Ubuntu as root it installs missing ones from the distribution's
// packages, elsewhere it stops with one line naming what to install. WebKit
// runs where WebKitWebDriver is installed (under Xvfb when there is no display).
// Extra arguments go to web-test-runner. WebKit runs second, after Chromium and Firefox.
// Exit code: 1 if either run fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

const firstExisting = (...paths) => paths.find((p) => p && existsSync(p));
const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || undefined;
const find = {
  chromium: () => firstExisting(process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'),
  firefox: () => firstExisting(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
};
const packages = { chromium: 'chromium', firefox: 'firefox-esr' };

let missing = Object.keys(find).filter((name) => !find[name]());
if (missing.length) {
  const names = missing.map((m) => packages[m]);
  const canApt = existsSync('/etc/debian_version') && process.getuid?.() === 0 && onPath('apt-get');
  if (!canApt) {
    console.error(`npm test needs ${names.join(' and ')}: install ${names.length > 1 ? 'them' : 'it'} (Debian/Ubuntu: apt-get install --no-install-recommends ${names.join(' ')}) or set ${missing.map((m) => (m === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH')).join(' / ')}.`);
    process.exit(1);
  }
  console.log(`Installing ${names.join(' ')} from the Debian packages (apt-get), as no copy was found…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...names]]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) process.exit(1);
  }
  missing = Object.keys(find).filter((name) => !find[name]());
  if (missing.length) {
    console.error(`Installing did not provide ${missing.join(', ')}.`);
    process.exit(1);
  }
}

const env = { ...process.env, CHROME_PATH: find.chromium(), FIREFOX_PATH: find.firefox() };
const browsers = (process.env.BROWSERS ?? ['chromium', 'firefox', onPath('WebKitWebDriver') && 'webkit'].filter(Boolean).join(',')).split(',');

// MiniBrowser needs an X display: without one, start over under xvfb-run.
if (browsers.includes('webkit') && !process.env.DISPLAY) {
  if (onPath('xvfb-run')) {
    const run = spawnSync('xvfb-run', ['-a', process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...env, BROWSERS: browsers.join(',') } });
    process.exit(run.status ?? 1);
  }
  console.log('WebKit skipped: no display and no xvfb-run (apt-get install xvfb xauth).');
  browsers.splice(browsers.indexOf('webkit'), 1);
}

let driver;
if (browsers.includes('webkit')) {
  const port = await freePort();
  driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore' });
  env.WEBKIT_DRIVER_PORT = String(port);
  if (!(await waitFor(`http://127.0.0.1:${port}/status`))) {
    console.log('WebKit skipped: WebKitWebDriver did not start.');
    browsers.splice(browsers.indexOf('webkit'), 1);
  }
}

console.log(`Browser tests in: ${browsers.join(', ')}`);
// WebKit runs after the others, not beside them: on a two-core machine three engines at once starve
// MiniBrowser, which then drops its WebDriver session (a disconnect, not a test failure).
const rounds = [browsers.filter((b) => b !== 'webkit'), browsers.filter((b) => b === 'webkit')].filter((r) => r.length);
let failed = false;
for (const round of rounds) {
  const code = await new Promise((resolve) => {
    const runner = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...env, BROWSERS: round.join(',') },
    });
    runner.on('exit', (exit, signal) => resolve(exit ?? (signal ? 1 : 0)));
  });
  failed ||= code !== 0;
}
driver?.kill();
process.exit(failed ? 1 : 0);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url, tries = 40) {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

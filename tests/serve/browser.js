#!/usr/bin/env node
/*
 * browser.js - the dashboard in Debian's headless chromium, driven by
 * playwright-core (pinned in tools/fetch-npm.sh): the page loads with no
 * console error, the map shows the fixture's markers, a filter changes the
 * table and the map, an event's detail marks its evidence, pasted text is
 * coded, and data that looks like HTML stays text. A screenshot of each
 * view goes to $DYAD_BUILD_DIR/screenshots/. Fails (never skips) when
 * chromium or playwright-core is missing: tools/deps.sh installs them.
 * Env: DYAD_BIN, DYAD_TEST_LEXB, DYAD_SOURCE_DIR, DYAD_BUILD_DIR,
 *      DYAD_PLAYWRIGHT (the package directory), CHROMIUM (the browser).
 */
'use strict';
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const env = (k) => {
  if (!process.env[k]) throw new Error(k + ' is not set');
  return process.env[k];
};
const BIN = env('DYAD_BIN');
const BUILD = env('DYAD_BUILD_DIR');
const SRC = env('DYAD_SOURCE_DIR');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const { chromium } = require(path.join(env('DYAD_PLAYWRIGHT'), 'index.js'));

let passed = 0;
let failed = 0;
function check(what, ok) {
  if (ok) passed++;
  else { failed++; console.log('FAIL: ' + what); }
}

function startServer(tmp, db) {
  const portFile = path.join(tmp, 'port');
  const log = fs.openSync(path.join(tmp, 'serve.log'), 'w');
  const proc = spawn(BIN, ['serve', '--db', db, '--lexicon', env('DYAD_TEST_LEXB'),
                           '--web', path.join(BUILD, 'web'), '--listen', '127.0.0.1:0',
                           '--port-file', portFile, '--rate', '0'],
                     { stdio: ['ignore', log, log] });
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const wait = () => {
      if (fs.existsSync(portFile)) {
        resolve({ proc, port: Number(fs.readFileSync(portFile, 'utf8')) });
      } else if (proc.exitCode !== null || Date.now() - t0 > 60000) {
        reject(new Error('dyad serve did not start: ' +
                         fs.readFileSync(path.join(tmp, 'serve.log'), 'utf8')));
      } else setTimeout(wait, 50);
    };
    wait();
  });
}

async function shot(page, shots, selector, name) {
  await page.locator(selector).screenshot({ path: path.join(shots, name + '.png') });
}

const markers = (page) => page.$eval('#map', (m) => Number(m.dataset.markers));

async function run(page, base, shots) {
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message + (process.env.DYAD_TEST_STACK ? ' @ ' + e.stack : '')));
  page.on('dialog', (d) => { problems.push('dialog: ' + d.message()); d.dismiss(); });
  await page.goto(base, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  await page.waitForSelector('.cluster, path.leaflet-interactive', { timeout: 30000 });
  check('map: the fixture\'s 8 placed events', await markers(page) === 8);
  check('map: borders drawn', await page.locator('path.country').count() > 100);
  check('timeline drawn', await page.locator('#timeline canvas').count() > 0);
  check('table: 10 events', await page.locator('#events tbody tr').count() === 10);
  check('top dyads listed', await page.locator('#top-dyads tbody tr').count() > 0);
  await page.screenshot({ path: path.join(shots, 'dashboard.png'), fullPage: true });
  await shot(page, shots, '#map-view', 'map');
  await shot(page, shots, '#timeline-view', 'timeline');
  await shot(page, shots, '#top-view', 'top');

  await page.fill('input[name=country]', 'UKR');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction(() =>
    document.querySelector('#table-count').textContent.startsWith('2 '));
  check('filter: table shows 2 events', await page.locator('#events tbody tr').count() === 2);
  await page.waitForFunction(() => document.querySelector('#map').dataset.markers === '2');
  check('filter: map shows 2 markers', await markers(page) === 2);
  await shot(page, shots, '#table-view', 'table');

  await page.locator('#events tbody tr').first().click();
  await page.waitForSelector('#detail[data-event] .sentence mark.ev-trigger');
  const trig = await page.locator('#detail .sentence mark.ev-trigger').first().textContent();
  // (a pattern's words before its verb are part of its trigger: "drones attacked")
  check('detail: trigger marked (' + trig + ')', /(^| )(shelled|attacked)$/.test(trig));
  check('detail: source marked', await page.locator('#detail .sentence mark.ev-source').count() > 0);
  check('detail: place or target marked',
        await page.locator('#detail .sentence mark.ev-place, #detail .sentence mark.ev-target').count() > 0);
  await shot(page, shots, '#detail-view', 'detail');

  await page.click('#filters button[type=reset]');
  await page.waitForFunction(() =>
    document.querySelector('#table-count').textContent.startsWith('10 '));
  await page.locator('#events tbody tr', { hasText: 'Nairobi' }).click();
  await page.waitForSelector('#detail[data-event] .sentence');
  const html = await page.$eval('#detail', (d) => d.innerHTML);
  const sentence = await page.locator('#detail .sentence').first().textContent();
  check('data stays text: no <b> element', await page.locator('#detail b').count() === 0 &&
        !html.includes('<b>20</b>') && sentence.includes('<b>20</b>'));

  await page.fill('#code-text', 'Russian forces shelled Kharkiv on Monday, killing 3 people.');
  await page.fill('#code-date', '2024-03-06');
  await page.click('#code-form button[type=submit]');
  await page.waitForSelector('#code-result[data-coded]');
  check('code: pasted text coded', Number(await page.$eval('#code-result',
                                                           (d) => d.dataset.coded)) >= 1);
  check('code: evidence marked', await page.locator('#code-result .sentence mark.ev-trigger').count() > 0);
  check('code: explanation shown', await page.locator('#code-result pre.explain').count() === 1);
  await shot(page, shots, '#code-view', 'code');
  check('no console errors (' + problems.join(' | ') + ')', problems.length === 0);
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dyad-browser-'));
  const shots = path.join(BUILD, 'screenshots');
  fs.mkdirSync(shots, { recursive: true });
  const db = path.join(tmp, 'fx.db');
  execFileSync(BIN, ['ingest', '-q', '--db', db, '--lexicon', env('DYAD_TEST_LEXB'),
                     path.join(SRC, 'tests', 'fixtures', 'serve_news.jsonl')]);
  const srv = await startServer(tmp, db);
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
                                      args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await run(page, 'http://127.0.0.1:' + srv.port + '/', shots);
  } finally {
    if (browser) await browser.close();
    srv.proc.kill('SIGTERM');
    await new Promise((r) => srv.proc.on('exit', r));
    check('server stopped cleanly (' + srv.proc.exitCode + ')', srv.proc.exitCode === 0);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  console.log(passed + ' passed, ' + failed + ' failed');
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.log('FAIL: ' + (e.stack || e));
  console.log(passed + ' passed, ' + (failed + 1) + ' failed');
  process.exit(1);
});

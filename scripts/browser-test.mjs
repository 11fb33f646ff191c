#!/usr/bin/env node
/**
 * Drives Swagger UI in Debian's Chromium (playwright-core): the page loads from the built service, every tag of
 * the spec is shown, and "Try it out" on a catalog route answers 200 once the API key is entered.
 * Exits 0 on success; a screenshot is left in test/.artifacts/swagger-ui.png.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import YAML from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API_KEY = 'browser-test-key-0123456789';
const ARTIFACTS = path.join(ROOT, 'test', '.artifacts');

const freePort = () =>
  new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

async function waitForHealth(base, child) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('service did not become healthy within 20 s');
}

async function main() {
  mkdirSync(ARTIFACTS, { recursive: true });
  const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', API_KEY, LOG_LEVEL: 'warn', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'flowker-ui-')), DATABASE_URL: '' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  try {
    await waitForHealth(base, child);
    const page = await browser.newPage();
    await page.goto(`${base}/swagger`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.opblock-tag', { timeout: 15_000 });

    const spec = YAML.parse(readFileSync(path.join(ROOT, 'openapi', 'flowker.yaml'), 'utf8'));
    const expectedTags = spec.tags.map((t) => t.name);
    const shownTags = await page.$$eval('.opblock-tag', (els) => els.map((e) => e.getAttribute('data-tag')));
    const missing = expectedTags.filter((t) => !shownTags.includes(t));
    if (missing.length) throw new Error(`tags not shown: ${missing.join(', ')}`);
    console.log(`Swagger UI shows all ${expectedTags.length} tags`);

    await page.click('button.authorize');
    // The dialog lists every security scheme; the management API key is the ApiKeyAuth one.
    const apiKeyForm = page.locator('.modal-ux .auth-container').filter({ hasText: 'ApiKeyAuth' });
    await apiKeyForm.locator('input').first().fill(API_KEY);
    await apiKeyForm.locator('button.authorize').click();
    await page.click('.modal-ux button.close-modal, .modal-ux button.btn-done');

    const op = page.locator('#operations-Catalog-listCatalogProviders');
    if ((await op.locator('.opblock-body').count()) === 0) {
      const section = page.locator('.opblock-tag[data-tag="Catalog"]');
      if ((await page.locator('#operations-Catalog-listCatalogProviders').count()) === 0) await section.click();
      await op.locator('.opblock-summary').click();
    }
    await op.locator('button.try-out__btn').click();
    await op.locator('button.execute').click();
    const statusCell = op.locator('.live-responses-table tbody .response-col_status').first();
    await statusCell.waitFor({ timeout: 10_000 });
    const status = (await statusCell.innerText()).trim();
    await page.screenshot({ path: path.join(ARTIFACTS, 'swagger-ui.png'), fullPage: false });
    if (status !== '200') throw new Error(`"Try it out" on listCatalogProviders answered ${status}, expected 200`);
    console.log('Try it out on GET /v1/catalog/providers answered 200 with the API key');
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`browser test failed: ${err.message}`);
    process.exit(1);
  },
);

// Renders every processes/*.bpmn to docs/images/<process>.png with bpmn-js in Debian's headless chromium.
//   cd docs && npm ci && node render-diagrams.mjs        (needs /usr/bin/chromium: apt-get install -y chromium)
// No browser is downloaded: playwright-core drives the system chromium. No network is used.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const processes = join(here, '..', 'processes');
const images = join(here, 'images');
const viewer = require.resolve('bpmn-js/dist/bpmn-viewer.production.min.js');
const assets = join(dirname(viewer), 'assets');
const PADDING = 30;

mkdirSync(images, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [ '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking' ]
});
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1.5 });
  await page.route('**/*', (route) => route.abort()); // offline: everything is inlined below
  const files = readdirSync(processes).filter((f) => f.endsWith('.bpmn')).sort();
  for (const file of files) {
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
      html, body { margin: 0; background: white; } #canvas { width: 100vw; height: 100vh; }
      ${readFileSync(join(assets, 'diagram-js.css'), 'utf8')}
      ${readFileSync(join(assets, 'bpmn-js.css'), 'utf8')}
      .djs-palette, .bjs-powered-by { display: none !important; }
    </style></head><body><div id="canvas"></div></body></html>`);
    await page.addScriptTag({ content: readFileSync(viewer, 'utf8') });
    const xml = readFileSync(join(processes, file), 'utf8');
    const inner = await page.evaluate(async (xml) => {
      window.viewer = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await window.viewer.importXML(xml);
      if (warnings.length) {
        console.warn(warnings.map((w) => w.message).join('\n'));
      }
      const { x, y, width, height } = window.viewer.get('canvas').viewbox().inner;
      return { x, y, width, height };
    }, xml);
    const width = Math.ceil(inner.width + 2 * PADDING);
    const height = Math.ceil(inner.height + 2 * PADDING);
    await page.setViewportSize({ width, height });
    await page.evaluate(({ inner, width, height, padding }) => {
      const canvas = window.viewer.get('canvas');
      canvas.resized();
      canvas.viewbox({ x: inner.x - padding, y: inner.y - padding, width, height });
    }, { inner, width, height, padding: PADDING });
    const out = join(images, basename(file, '.bpmn') + '.png');
    await page.screenshot({ path: out, fullPage: false });
    console.log(`${file} -> docs/images/${basename(out)} (${width}x${height})`);
  }
} finally {
  await browser.close();
}

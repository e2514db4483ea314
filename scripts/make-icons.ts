// Draws the archive's raster marks in headless Chromium and writes them as small PNGs: the share
// card (public/share-card.png, og:image) and the PNG icons beside app/icon.svg (app/icon.png,
// app/apple-icon.png, which Next links as favicon and apple-touch-icon). Run by hand after a design
// change, `npx tsx scripts/make-icons.ts`, and commit the PNGs: the build needs no browser.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { SHARE_CARD } from '../app/share-image';
import { CHROMIUM_LAUNCH_OPTIONS } from './chromium';

/** The site's colours (app/globals.css): paper, ink and newspaper red. */
const COLOURS = { paper: '#fdfcf9', ink: '#1c1b19', red: '#9b1c1c' } as const;

// Noto CJK is what CI and every developer machine have (apt fonts-noto-cjk); naming it first keeps
// the drawing the same wherever the script runs.
const SERIF = "'Noto Serif CJK SC', 'Source Han Serif SC', serif";
const SANS = "'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";

type Design = 'card' | 'seal' | 'glyph';

/** A PNG this script writes: where, how large, and which drawing. */
export interface IconFile {
  file: string;
  width: number;
  height: number;
  design: Design;
}

/** Every PNG this script writes, relative to the repository root. */
export const ICON_FILES: readonly IconFile[] = [
  { file: `public${SHARE_CARD.path}`, width: SHARE_CARD.width, height: SHARE_CARD.height, design: 'card' },
  // iOS rounds the corners itself and shows transparency as black, so the touch icon is full bleed.
  { file: 'app/apple-icon.png', width: 180, height: 180, design: 'seal' },
  // 48 px: Google Search wants a favicon in multiples of 48; browsers scale it down for tabs.
  { file: 'app/icon.png', width: 48, height: 48, design: 'glyph' },
];

/** The 2 × 2 seal 丽水 / 日报, read in rows, in paper-coloured serif on red; `size` in px. */
function sealHtml(size: number, radius: number, fill: number): string {
  const glyph = Math.round(size * fill);
  return `<div style="width:${size}px;height:${size}px;background:${COLOURS.red};border-radius:${radius}px;
    display:grid;grid-template:repeat(2,${glyph}px)/repeat(2,${glyph}px);place-content:center;
    gap:${Math.round(size * 0.02)}px;color:${COLOURS.paper};font:700 ${glyph}px/1 ${SERIF}">
    ${['丽', '水', '日', '报'].map((ch) => `<span style="display:grid;place-items:center">${ch}</span>`).join('')}
  </div>`;
}

/** The markup of one design at its size: a page whose body is exactly the picture. */
export function designHtml(design: Design, width: number, height: number): string {
  let body: string;
  if (design === 'card') {
    const seal = Math.round(width * 0.6);
    body = `<div style="width:${width}px;height:${height}px;background:${COLOURS.paper};display:flex;
      flex-direction:column;align-items:center;justify-content:center;gap:${Math.round(height * 0.06)}px">
      ${sealHtml(seal, Math.round(seal * 0.04), 0.4)}
      <div style="display:flex;align-items:center;gap:${Math.round(width * 0.03)}px;color:${COLOURS.ink};
        font:400 ${Math.round(width * 0.07)}px/1 ${SANS};letter-spacing:0.3em;margin-right:-0.3em">
        <span style="width:${Math.round(width * 0.08)}px;height:2px;background:${COLOURS.red}"></span>
        <span>数字档案</span>
        <span style="width:${Math.round(width * 0.08)}px;height:2px;background:${COLOURS.red}"></span>
      </div>
    </div>`;
  } else if (design === 'seal') {
    // Smaller characters than on the card: iOS cuts the corners off with its rounded mask.
    body = sealHtml(width, 0, 0.37);
  } else {
    // The same drawing as app/icon.svg: 丽 on a red rounded square.
    body = `<div style="width:${width}px;height:${height}px;background:${COLOURS.red};
      border-radius:${Math.round(width / 8)}px;display:grid;place-items:center;color:#fff;
      font:700 ${Math.round(width * 0.72)}px/1 ${SERIF}">丽</div>`;
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    html,body{margin:0;background:transparent}</style></head><body>${body}</body></html>`;
}

/** Renders one design and returns its RGBA pixels, row by row. */
async function renderPixels(page: Page, icon: IconFile): Promise<Uint8Array> {
  await page.setViewportSize({ width: icon.width, height: icon.height });
  await page.setContent(designHtml(icon.design, icon.width, icon.height));
  await page.evaluate(() => document.fonts.ready);
  const shot = await page.screenshot({ type: 'png', omitBackground: true });
  // Chromium's PNG is large (no palette, fast deflate): decode it in the page and re-encode here.
  const base64 = await page.evaluate(
    async ({ png, width, height }) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      context.drawImage(bitmap, 0, 0);
      const data = context.getImageData(0, 0, width, height, { colorSpace: 'srgb' }).data;
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000) {
        binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      }
      return btoa(binary);
    },
    { png: shot.toString('base64'), width: icon.width, height: icon.height },
  );
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * Encodes RGBA pixels as an indexed-colour PNG (tRNS for transparency): the 256 most frequent
 * colours, ties by value so the order is stable, and any rarer colour — an anti-aliasing shade
 * where three colours meet — as the nearest of them. Right for flat marks with text; a photo would
 * band. No text or time chunks, so the same pixels always give the same bytes.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const pixels = new Uint32Array(width * height);
  const counts = new Map<number, number>();
  for (let i = 0; i < pixels.length; i += 1) {
    const [r = 0, g = 0, b = 0, alpha = 255] = rgba.subarray(i * 4, i * 4 + 4);
    // Fully transparent pixels are one colour, whatever RGB Chromium left in them.
    const colour = alpha === 0 ? 0 : ((r << 24) | (g << 16) | (b << 8) | alpha) >>> 0;
    pixels[i] = colour;
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  // Translucent entries go first, so that tRNS can stop at the last of them.
  const palette = [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || a - b)
    .slice(0, 256)
    .map(([colour]) => colour)
    .sort((a, b) => Number((a & 0xff) === 255) - Number((b & 0xff) === 255));
  const index = new Map(palette.map((colour, i) => [colour, i]));
  for (const colour of counts.keys()) {
    if (!index.has(colour)) index.set(colour, nearestIndex(colour, palette));
  }

  // Each row is a filter-type byte (0, none: what suits indexed colour) and one index per pixel.
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      raw[y * (width + 1) + 1 + x] = index.get(pixels[y * width + x] ?? 0) ?? 0;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: indexed
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((colour, i) =>
    plte.set([colour >>> 24, (colour >>> 16) & 0xff, (colour >>> 8) & 0xff], i * 3),
  );
  const alphas = palette.filter((colour) => (colour & 0xff) !== 255).map((colour) => colour & 0xff);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    ...(alphas.length > 0 ? [chunk('tRNS', Uint8Array.from(alphas))] : []),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function nearestIndex(colour: number, palette: readonly number[]): number {
  let best = 0;
  let bestDistance = Infinity;
  palette.forEach((candidate, i) => {
    let distance = 0;
    for (const shift of [24, 16, 8, 0]) {
      distance += (((colour >>> shift) & 0xff) - ((candidate >>> shift) & 0xff)) ** 2;
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return best;
}

async function main() {
  const root = path.resolve(__dirname, '..');
  const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const icon of ICON_FILES) {
      const png = encodePng(await renderPixels(page, icon), icon.width, icon.height);
      writeFileSync(path.join(root, icon.file), png);
      console.log(`${icon.file}: ${icon.width}×${icon.height}, ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

// Run only as a CLI (`tsx scripts/make-icons.ts`), not when a test imports the list of files.
if (/scripts[\/]make-icons\.ts$/.test(process.argv[1] ?? '')) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

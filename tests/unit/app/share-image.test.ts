// app/share-image.ts and scripts/make-icons.ts: the share card and PNG icons that are committed
// match what the pages declare, and the encoder that wrote them is lossless and byte-stable.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { SHARE_CARD, shareCardImage, shareCardJsonLd } from '@/app/share-image';
import { absoluteUrl } from '@/lib/site/urls';
import { encodePng, ICON_FILES } from '@/scripts/make-icons';
import { readPngSize } from '../../helpers/png';

const root = path.resolve(__dirname, '../../..');

// Small enough that a share preview or a favicon never waits on them.
const MAX_BYTES: Record<string, number> = {
  'public/share-card.png': 30_000,
  'app/apple-icon.png': 10_000,
  'app/icon.png': 2_000,
};

/** Decodes what encodePng writes (8-bit indexed, filter 0) back to RGBA. */
function decodeIndexedPng(png: Buffer): Uint8Array {
  const { width, height } = readPngSize(png);
  const chunks = new Map<string, Buffer>();
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IDAT') idat.push(data);
    else chunks.set(type, data);
    at += 12 + length;
  }
  expect(chunks.get('IHDR')?.subarray(8, 10)).toEqual(Buffer.from([8, 3]));
  const plte = chunks.get('PLTE') ?? Buffer.alloc(0);
  const trns = chunks.get('tRNS') ?? Buffer.alloc(0);
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    expect(raw[y * (width + 1)]).toBe(0);
    for (let x = 0; x < width; x += 1) {
      const index = raw[y * (width + 1) + 1 + x] ?? 0;
      rgba.set(
        [plte[index * 3] ?? 0, plte[index * 3 + 1] ?? 0, plte[index * 3 + 2] ?? 0, trns[index] ?? 255],
        (y * width + x) * 4,
      );
    }
  }
  return rgba;
}

describe('share card and icons', () => {
  it('declares a square share card of at least 300 × 300 (WeChat ignores smaller images)', () => {
    expect(SHARE_CARD.width).toBe(SHARE_CARD.height);
    expect(SHARE_CARD.width).toBeGreaterThanOrEqual(300);
    expect(SHARE_CARD.alt).toContain('丽水日报');
  });

  it('gives the share card an absolute URL built like the canonical links', () => {
    expect(shareCardImage().url).toBe(absoluteUrl('/share-card.png'));
    expect(shareCardImage().url).toMatch(/^https?:\/\/[^/]+(\/[^/]+)*\/share-card\.png$/);
    expect(shareCardJsonLd()).toEqual({
      '@type': 'ImageObject',
      url: shareCardImage().url,
      width: SHARE_CARD.width,
      height: SHARE_CARD.height,
    });
  });

  it('writes the share card, the favicon and the apple-touch-icon', () => {
    expect(ICON_FILES.map((icon) => [icon.file, icon.width, icon.height])).toEqual([
      ['public/share-card.png', SHARE_CARD.width, SHARE_CARD.height],
      ['app/apple-icon.png', 180, 180],
      ['app/icon.png', 48, 48],
    ]);
  });

  it.each(ICON_FILES.map((icon) => [icon.file, icon] as const))(
    'has %s committed at its declared size and within its byte budget',
    (file, icon) => {
      const bytes = readFileSync(path.join(root, file));
      expect(readPngSize(bytes)).toEqual({ width: icon.width, height: icon.height });
      expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES[file] ?? 0);
    },
  );
});

describe('encodePng', () => {
  // A 3 × 2 image: red, paper, a half-transparent ink, and fully transparent pixels whose RGB differs.
  const rgba = Uint8Array.from([
    155, 28, 28, 255, 253, 252, 249, 255, 28, 27, 25, 128, 155, 28, 28, 255, 10, 20, 30, 0, 99, 99, 99, 0,
  ]);

  it('keeps every colour of an image with at most 256 of them, alpha included', () => {
    const decoded = decodeIndexedPng(encodePng(rgba, 3, 2));
    const expected = Uint8Array.from(rgba);
    expected.set([0, 0, 0, 0, 0, 0, 0, 0], 16); // fully transparent pixels are one colour
    expect(decoded).toEqual(expected);
  });

  it('maps colours past the 256 most frequent to the nearest one kept', () => {
    // 256 greys, each twice, then one pixel of a 257th colour close to grey 200.
    const width = 513;
    const pixels = new Uint8Array(width * 4);
    for (let i = 0; i < 512; i += 1) pixels.set([i >> 1, i >> 1, i >> 1, 255], i * 4);
    pixels.set([201, 199, 200, 255], 512 * 4);
    const decoded = decodeIndexedPng(encodePng(pixels, width, 1));
    expect(Array.from(decoded.subarray(512 * 4))).toEqual([200, 200, 200, 255]);
    expect(decoded.subarray(0, 512 * 4)).toEqual(pixels.subarray(0, 512 * 4));
  });

  it('writes the same bytes for the same pixels and its size in IHDR', () => {
    expect(encodePng(rgba, 3, 2).equals(encodePng(rgba, 3, 2))).toBe(true);
    expect(readPngSize(encodePng(rgba, 3, 2))).toEqual({ width: 3, height: 2 });
  });

  it('refuses bytes that are not a PNG when reading a size', () => {
    expect(() => readPngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toThrow(
      /not a PNG/,
    );
  });
});

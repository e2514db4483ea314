// Reads what tests need from a PNG without a decoder: its size from the IHDR chunk, which the
// format requires to come first, straight after the 8-byte signature.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height of a PNG from its IHDR header; throws if the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isPng = bytes.length >= 24 && SIGNATURE.every((byte, i) => bytes[i] === byte);
  const type = isPng ? String.fromCharCode(...bytes.subarray(12, 16)) : '';
  if (type !== 'IHDR') throw new Error('not a PNG (no signature and IHDR chunk)');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// Draws Factmark's toolbar icons (16, 32, 48, 128 px PNGs in public/icon/, where WXT picks
// them up) with no image library: a rounded blue square, a white check mark and a red wavy
// underline, anti-aliased by sampling each pixel 4x4. Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
};
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square (0..1): which colour covers a point, topmost first.
const distToSegment = (px, py, ax, ay, bx, by) => {
  const t = Math.max(0, Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
};
function colourAt(u, v) {
  const r = 0.2; // corner radius of the rounded square
  const cx = Math.min(Math.max(u, r), 1 - r),
    cy = Math.min(Math.max(v, r), 1 - r);
  if (Math.hypot(u - cx, v - cy) > r) return null;
  const wave = 0.8 + 0.045 * Math.sin((u - 0.18) * Math.PI * 6);
  if (u > 0.16 && u < 0.84 && Math.abs(v - wave) < 0.05) return [229, 57, 53, 255];
  const check = Math.min(distToSegment(u, v, 0.24, 0.44, 0.43, 0.62), distToSegment(u, v, 0.43, 0.62, 0.77, 0.22));
  if (check < 0.075) return [255, 255, 255, 255];
  return [35, 74, 160, 255];
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const n = 4;
  const image = png(size, (x, y) => {
    const acc = [0, 0, 0, 0];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        const c = colourAt((x + (i + 0.5) / n) / size, (y + (j + 0.5) / n) / size);
        if (!c) continue;
        for (let k = 0; k < 3; k++) acc[k] += c[k] * c[3];
        acc[3] += c[3];
      }
    const a = acc[3] / (n * n);
    return acc[3] ? [acc[0] / acc[3], acc[1] / acc[3], acc[2] / acc[3], a].map(Math.round) : [0, 0, 0, 0];
  });
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), image);
}
console.log('wrote public/icon/{16,32,48,128}.png');

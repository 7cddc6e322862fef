// Draws the add-in icons (assets/icon-{16,32,64,80}.png and logo-filled.png) without an
// image library: shapes are rasterised with 4×4 supersampling and encoded as PNG by zlib.
// Design: a teal tile with a tall expectation bar, a shorter perception bar and a line
// marking the expectation level above it — the P − E gap the add-in measures.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const TILE = [0x1b, 0x6e, 0x6a];
const EXPECT = [0xcd, 0xeb, 0xe7];
const PERCEIVE = [0xf2, 0xa3, 0x3a];
const MARK = [0xff, 0xff, 0xff];

function shapesAt(x, y) {
  // Unit square coordinates, y down. Later shapes paint over earlier ones.
  const inRoundedTile = (() => {
    const r = 0.18;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inRoundedTile) return null;
  if (x >= 0.2 && x <= 0.44 && y >= 0.22 && y <= 0.8) return EXPECT;
  if (x >= 0.56 && x <= 0.8 && y >= 0.46 && y <= 0.8) return PERCEIVE;
  if (x >= 0.54 && x <= 0.82 && y >= 0.22 && y <= 0.29) return MARK;
  return TILE;
}

function render(size) {
  const ss = 4;
  const px = Buffer.alloc(size * (size * 4 + 1));
  for (let j = 0; j < size; j++) {
    px[j * (size * 4 + 1)] = 0; // PNG filter: none
    for (let i = 0; i < size; i++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sj = 0; sj < ss; sj++) {
        for (let si = 0; si < ss; si++) {
          const c = shapesAt((i + (si + 0.5) / ss) / size, (j + (sj + 0.5) / ss) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = j * (size * 4 + 1) + 1 + i * 4;
      px[o] = a ? Math.round(r / a) : 0;
      px[o + 1] = a ? Math.round(g / a) : 0;
      px[o + 2] = a ? Math.round(b / a) : 0;
      px[o + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return png(size, size, px);
}

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(w, h, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    sig,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), render(size));
}
console.log("icons written to assets/");

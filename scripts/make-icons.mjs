#!/usr/bin/env node
// Draws Renaksi's icons with code and writes them to assets/*.png.
//   node scripts/make-icons.mjs            write assets/
//   node scripts/make-icons.mjs --sheet F  also write a contact sheet (for review) to F
// Designs live on a 32-unit grid scaled to each size; edges are snapped to
// whole pixels so small sizes stay crisp.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { encodePng } from "./icons/png.mjs";
import { circle, hex, minus, polygon, polyline, rect, render, union, vgradient } from "./icons/raster.mjs";

const GREEN = hex("#107C41");
const GREEN_LIGHT = hex("#21A366");
const GREEN_DARK = hex("#0B5A2F");
const GREEN_TINT = hex("#CDEBD9");
const INK = hex("#5C5C5C");
const PAPER = hex("#FFFFFF");
const GOLD = hex("#FFC83D");

export const BUTTON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

/** Scale helpers for one pixel size. */
function grid(size) {
  const u = size / 32;
  const s = (v) => Math.round(v * u); // snapped edge
  const line = Math.max(1, Math.round(size / 24)); // hairline width in px
  return { u, s, line };
}

/** Outlined table: border and inner lines in ink, optional tinted header row. */
function table(g, x0, y0, x1, y1, rows, cols, header) {
  const { s, line } = g;
  const [l, t, r, b] = [s(x0), s(y0), s(x1), s(y1)];
  const paints = [{ shape: rect(l, t, r, b), color: PAPER }];
  const rowH = (b - t) / rows;
  if (header) paints.push({ shape: rect(l, t, r, Math.round(t + rowH)), color: header });
  const lines = [minus(rect(l, t, r, b), rect(l + line, t + line, r - line, b - line))];
  for (let i = 1; i < rows; i++) {
    const y = Math.round(t + rowH * i);
    lines.push(rect(l, y, r, y + line));
  }
  for (let j = 1; j < cols; j++) {
    const x = Math.round(l + ((r - l) / cols) * j);
    lines.push(rect(x, t, x + line, b));
  }
  paints.push({ shape: union(...lines), color: INK });
  return paints;
}

/** A check mark with a paper-coloured halo so it reads over any background. */
function check(g, points, width, color) {
  const pts = points.map(([x, y]) => [x * g.u, y * g.u]);
  const w = Math.max(1.6, width * g.u);
  return [
    { shape: polyline(pts, w + Math.max(1.2, 2.2 * g.u)), color: PAPER },
    { shape: polyline(pts, w), color },
  ];
}

/** Add-in logo and "Open Renaksi": a green tile holding a checklist, one row ticked in gold. */
function logo(size) {
  const g = grid(size);
  const { s, u } = g;
  const tile = rect(s(1), s(1), s(31), s(31), 6 * u);
  const paints = [{ shape: tile, color: vgradient(0, size, GREEN_LIGHT, GREEN_DARK) }];
  const bar = Math.max(1, s(3));
  const rows = size <= 20 ? [10, 21] : [8.5, 16, 23.5];
  rows.forEach((cy, i) => {
    const top = Math.round(cy * u - bar / 2);
    paints.push({ shape: rect(s(14), top, s(26), top + bar, bar / 2), color: PAPER });
    if (i > 0) paints.push({ shape: rect(s(6), top, s(10), top + bar, bar / 2), color: hex("#FFFFFF", 0.75) });
  });
  const first = rows[0];
  const tick = [[5, first], [8, first + 3], [12.5, first - 3.5]].map(([x, y]) => [x * u, y * u]);
  paints.push({ shape: polyline(tick, Math.max(1.8, 2.6 * u)), color: GOLD });
  return render(size, paints);
}

/** "Validasi Rencana": a table with a bold green check mark over its lower right. */
function validate(size) {
  const g = grid(size);
  const paints = table(g, 2, 4, 25, 26, 3, 2, GREEN_TINT);
  paints.push(...check(g, [[12.5, 20], [18, 25.5], [28.5, 12.5]], 4.2, GREEN));
  return render(size, paints);
}

/** "Sisipkan Templat": a sheet with a folded corner, lines, and a green plus badge. */
function template(size) {
  const g = grid(size);
  const { s, u, line } = g;
  const [l, t, r, b] = [s(4), s(2), s(22), s(28)];
  const fold = Math.max(3, s(6));
  const h = line / 2; // strokes sit just inside the snapped edges
  const outline = [[l + h, t + h], [r - fold, t + h], [r - h, t + fold], [r - h, b - h], [l + h, b - h], [l + h, t + h]];
  const corner = [[r - fold, t + h], [r - fold, t + fold], [r - h, t + fold]];
  const paints = [
    { shape: polygon(outline), color: PAPER },
    { shape: polygon(corner), color: GREEN_TINT },
    { shape: union(polyline(outline, line), polyline(corner, line)), color: INK },
  ];
  if (size >= 24) {
    for (const y of [12, 17, 22]) paints.push({ shape: rect(s(8), s(y), s(y === 12 ? 14 : 17), s(y) + line), color: GREEN });
  }
  // the plus is pixel-aligned: an odd stroke centres on a pixel, an even one on an edge
  const w = Math.max(1, Math.round(2.2 * u));
  const c = w % 2 ? Math.floor(22.5 * u) + 0.5 : Math.round(22.5 * u);
  const rr = 7.6 * u;
  paints.push({ shape: circle(c, c, rr + Math.max(1, 1.3 * u)), color: PAPER });
  paints.push({ shape: circle(c, c, rr), color: GREEN });
  const arm = Math.round(4 * u + w / 2);
  const plus = union(rect(c - arm, c - w / 2, c + arm, c + w / 2), rect(c - w / 2, c - arm, c + w / 2, c + arm));
  paints.push({ shape: plus, color: PAPER });
  return render(size, paints);
}

export const ICONS = { renaksi: logo, validate, template };
const EXTRA_SIZES = { renaksi: [128] };

function sizesOf(name) {
  return [...BUTTON_SIZES, ...(EXTRA_SIZES[name] ?? [])];
}

/** Review sheet: one row per icon and background (light, dark), scaled 3x. */
function contactSheet(groups) {
  const gap = 8;
  const scale = 3;
  const width = Math.max(...groups.map((g) => g.reduce((w, i) => w + i.size * scale + gap, gap)));
  const rowH = Math.max(...groups.flat().map((i) => i.size)) * scale + gap;
  const rows = groups.flatMap((g) => [[g, [255, 255, 255]], [g, [41, 41, 41]]]);
  const px = new Uint8Array(width * rowH * rows.length * 4);
  rows.forEach(([images, bg], row) => {
    for (let y = row * rowH; y < (row + 1) * rowH; y++) for (let x = 0; x < width; x++) px.set([...bg, 255], (y * width + x) * 4);
    let ox = gap;
    for (const { size, rgba } of images) {
      for (let y = 0; y < size * scale; y++) {
        for (let x = 0; x < size * scale; x++) {
          const k = (Math.floor(y / scale) * size + Math.floor(x / scale)) * 4;
          const a = rgba[k + 3] / 255;
          const o = ((row * rowH + gap / 2 + y) * width + ox + x) * 4;
          for (let c = 0; c < 3; c++) px[o + c] = Math.round(rgba[k + c] * a + bg[c] * (1 - a));
        }
      }
      ox += size * scale + gap;
    }
  });
  return encodePng(width, rowH * rows.length, px);
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const out = join(root, "assets");
  mkdirSync(out, { recursive: true });
  const sheet = [];
  for (const [name, draw] of Object.entries(ICONS)) {
    const row = [];
    for (const size of sizesOf(name)) {
      const rgba = draw(size);
      writeFileSync(join(out, `${name}-${size}.png`), encodePng(size, size, rgba));
      row.push({ size, rgba });
    }
    sheet.push(row);
  }
  const at = process.argv.indexOf("--sheet");
  if (at > 0 && process.argv[at + 1]) writeFileSync(process.argv[at + 1], contactSheet(sheet));
  console.log(`wrote ${sheet.flat().length} icons to ${out}`);
}

main();

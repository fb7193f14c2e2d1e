// Anti-aliased shape rasterizer for the icons: shapes are inside-tests in pixel
// coordinates, painted in order with "over" compositing and supersampled.

/** @typedef {(x: number, y: number) => boolean} Shape */
/** @typedef {[number, number, number, number?]} Rgba */

export function hex(code, alpha = 1) {
  const n = parseInt(code.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

/** Axis-aligned rectangle with optional corner radius. */
export function rect(x0, y0, x1, y1, r = 0) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    if (r <= 0) return true;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

export function circle(cx, cy, r) {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function segmentDistance2(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2;
}

/** A stroked polyline with round caps and joins. points: [[x,y], ...]. */
export function polyline(points, width) {
  const r2 = (width / 2) ** 2;
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1];
      const [bx, by] = points[i];
      if (segmentDistance2(x, y, ax, ay, bx, by) <= r2) return true;
    }
    return false;
  };
}

/** Convex or concave polygon by even-odd rule. */
export function polygon(points) {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

export const union = (...shapes) => (x, y) => shapes.some((s) => s(x, y));
export const minus = (a, b) => (x, y) => a(x, y) && !b(x, y);

/**
 * Render paints ({shape, color}) at size x size pixels.
 * color is an Rgba or a function (x, y) => Rgba for gradients.
 * @returns {Uint8Array} straight RGBA
 */
export function render(size, paints, samples = 6) {
  const out = new Uint8Array(size * size * 4);
  const n = samples * samples;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          // premultiplied "over" compositing, bottom to top
          let cr = 0, cg = 0, cb = 0, ca = 0;
          for (const { shape, color } of paints) {
            if (!shape(x, y)) continue;
            const [pr, pg, pb, pa = 1] = typeof color === "function" ? color(x, y) : color;
            cr = pr * pa + cr * (1 - pa);
            cg = pg * pa + cg * (1 - pa);
            cb = pb * pa + cb * (1 - pa);
            ca = pa + ca * (1 - pa);
          }
          r += cr; g += cg; b += cb; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      const alpha = a / n;
      out[i + 3] = Math.round(alpha * 255);
      if (alpha > 0) {
        out[i] = Math.round(r / n / alpha);
        out[i + 1] = Math.round(g / n / alpha);
        out[i + 2] = Math.round(b / n / alpha);
      }
    }
  }
  return out;
}

/** Vertical linear gradient between two colours over [y0, y1]. */
export function vgradient(y0, y1, top, bottom) {
  return (_x, y) => {
    const t = Math.min(1, Math.max(0, (y - y0) / (y1 - y0)));
    return top.map((c, k) => c + ((bottom[k] ?? 1) - c) * t);
  };
}

import { CONVENTIONS, conventionBit, conventionIndex, conventionsOf, type Convention } from "./packed";

/**
 * What the tally reads of a row's analysis (convention.ts's QuarterAnalysis has it): only the
 * conventions the row fits. Typed by that alone so this module does not import convention.ts,
 * which re-exports it.
 */
export interface FitsOf {
  readonly fits: readonly Convention[];
  /** Cells read as text: such a row does not vote (packed.ts votingFits). */
  readonly textCells?: readonly boolean[];
}

/**
 * The numeric convention a table uses most: the one that most rows fit unambiguously (rows that
 * fit exactly one convention). Ties, and tables with no unambiguous row, are decided by how many
 * rows fit each convention at all; remaining ties by the order of CONVENTIONS. null when no row
 * fits any. The fill follows it; validation reads each row by its own reading (quarters/readings.ts).
 */
export function dominantConvention(analyses: readonly FitsOf[]): Convention | null {
  const tally = new ConventionTally();
  for (const a of analyses) tally.add(a);
  return tally.dominant();
}

/** dominantConvention, counted row by row (no list of analyses needed). */
export class ConventionTally {
  private readonly sole = [0, 0, 0, 0];
  private readonly any = [0, 0, 0, 0];

  add(a: FitsOf): void {
    if (a.textCells?.includes(true)) return;
    const fits = a.fits;
    let mask = 0;
    for (let i = 0; i < fits.length; i++) mask |= conventionBit(fits[i]);
    this.addMask(mask);
  }

  /** A row's conventions as a fits mask (CONVENTIONS order). */
  addMask(mask: number): void {
    const fits = conventionsOf(mask);
    if (fits.length === 1) this.sole[conventionIndex(fits[0])]++;
    for (let i = 0; i < fits.length; i++) this.any[conventionIndex(fits[i])]++;
  }

  dominant(): Convention | null {
    const { sole, any } = this;
    let best = -1;
    for (let i = 0; i < CONVENTIONS.length; i++) {
      if (any[i] === 0) continue;
      if (best < 0 || sole[i] > sole[best] || (sole[i] === sole[best] && any[i] > any[best])) best = i;
    }
    return best < 0 ? null : CONVENTIONS[best];
  }
}

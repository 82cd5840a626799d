/**
 * One SVG path for a QR matrix (true = dark module): a 1×1 square per dark module, in module
 * units, so the SVG's viewBox is the matrix size and it scales crisply to any size.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return parts.join('');
}

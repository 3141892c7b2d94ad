/** Pages in a PDF that Chromium printed: one `/Type /Page` object each (`/Pages` is the tree, not a page). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/**
 * Pure: pins the creation and modification dates Chromium writes into a PDF's Info dictionary, so the
 * same site prints the same bytes. The replacement has exactly the length of the original, so the
 * cross-reference offsets stay valid. Everything else Chromium 156 writes was found byte-stable.
 */

/** "2025-02-14" -> "20250214000000" (PDF date digits, UTC midnight). */
export function pdfDateDigits(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new Error(`PDF date "${isoDate}" is not an ISO date (YYYY-MM-DD).`);
  return `${m[1]}${m[2]}${m[3]}000000`;
}

/** Returns the PDF with every /CreationDate and /ModDate set to `isoDate`, and how many it replaced. */
export function pinPdfDates(pdf: Uint8Array, isoDate: string): { pdf: Buffer; replaced: number } {
  const digits = pdfDateDigits(isoDate);
  let replaced = 0;
  // latin1 maps bytes 1:1 to characters, so binary streams survive the round trip untouched.
  const text = Buffer.from(pdf).toString('latin1').replace(/(\/(?:CreationDate|ModDate)\s*\(D:)\d{14}([+-]\d{2}'\d{2}'|Z)?/g, (_m, head: string, zone?: string) => {
    replaced += 1;
    // Skia writes the machine's UTC offset as +HH'MM'; the pinned date is UTC in the same width.
    return head + digits + (zone === undefined ? '' : zone === 'Z' ? 'Z' : "+00'00'");
  });
  return { pdf: Buffer.from(text, 'latin1'), replaced };
}

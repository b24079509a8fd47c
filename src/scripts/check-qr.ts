/*
 * The QR code of a result code, made in the browser. Loaded on demand by the check's results
 * view only, so the check itself stays small. The code is upper-case letters, digits and
 * hyphens, which QR's alphanumeric mode holds compactly.
 */
import { toString } from 'qrcode';

export const qrSvg = (code: string) =>
  toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

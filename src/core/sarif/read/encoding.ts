/**
 * The text encoding of a SARIF file. SARIF is JSON, so UTF-8, but Windows
 * PowerShell 5's `>` writes UTF-16LE with a byte order mark, and other tools
 * add a UTF-8 one. A BOM decides; without one, NUL bytes in the first
 * characters give UTF-16 away (JSON text starts with ASCII).
 */
import { ConfigurationError } from '../../errors.js'

export type SarifEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be'

export interface DetectedEncoding {
  encoding: SarifEncoding
  /** Bytes of byte order mark to skip. */
  bomBytes: number
}

/** Looks at the first bytes only (four are enough). */
export function detectEncoding(head: Uint8Array): DetectedEncoding {
  const [b0, b1, b2, b3] = head
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomBytes: 3 }
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0 && head.length >= 4)
    return { encoding: 'utf-32le', bomBytes: 4 }
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
    return { encoding: 'utf-32be', bomBytes: 4 }
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 }
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomBytes: 2 }
  if (head.length >= 2 && b0 !== 0 && b1 === 0) return { encoding: 'utf-16le', bomBytes: 0 }
  if (head.length >= 2 && b0 === 0 && b1 !== 0) return { encoding: 'utf-16be', bomBytes: 0 }
  return { encoding: 'utf-8', bomBytes: 0 }
}

export const ENCODING_FIX =
  'write the SARIF file as UTF-8: in Windows PowerShell 5 use `| Out-File -Encoding utf8 results.sarif` (or `Set-Content -Encoding utf8`) instead of `>`, or let the tool write the file itself (e.g. an --output option)'

/** The text of a whole SARIF file, whatever of UTF-8 and UTF-16 it is in. */
export function decodeSarifBytes(bytes: Buffer, display: string): string {
  const { encoding, bomBytes } = detectEncoding(bytes.subarray(0, 4))
  const body = bytes.subarray(bomBytes)
  switch (encoding) {
    case 'utf-8':
      return body.toString('utf8')
    case 'utf-16le':
      return body.toString('utf16le')
    case 'utf-16be': {
      // Node has no UTF-16BE decoder: swap each pair into little-endian order.
      const swapped = Buffer.from(body.subarray(0, body.length - (body.length % 2)))
      return swapped.swap16().toString('utf16le')
    }
    default:
      throw new ConfigurationError(`${display}: the SARIF file is ${encoding.toUpperCase()}`, {
        fix: ENCODING_FIX
      })
  }
}

/**
 * The audit's gates: each platform's Go binaries target that platform, the expected platforms
 * are all there, `expect` assertions hold, waste stays under the thresholds.
 * STUB: the image-checks helper implements it.
 */
import type { Assertion } from '../../fingerprint/index.js'
import type { Platform } from '../image.js'
import type { ImageAudit, Violation, WasteThresholds } from './types.js'

/** `linux/amd64,linux/arm64/v8` → platforms; a malformed entry is a ConfigurationError. */
export function parsePlatformList(text: string, inputName: string): Platform[] {
  void text
  void inputName
  throw new Error('parsePlatformList: not implemented yet')
}

export function checkPlatforms(
  audit: ImageAudit,
  expectPlatforms: readonly Platform[]
): Violation[] {
  void audit
  void expectPlatforms
  throw new Error('checkPlatforms: not implemented yet')
}

export function checkExpect(audit: ImageAudit, assertions: readonly Assertion[]): Violation[] {
  void audit
  void assertions
  throw new Error('checkExpect: not implemented yet')
}

export function checkWasteThresholds(audit: ImageAudit, thresholds: WasteThresholds): Violation[] {
  void audit
  void thresholds
  throw new Error('checkWasteThresholds: not implemented yet')
}

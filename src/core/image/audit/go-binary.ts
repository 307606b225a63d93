/**
 * The facts of one Go executable found in an image, read from its bytes (build info and ELF
 * program headers). STUB: the image-waste helper implements it.
 */
import type { GoBinaryFacts } from './types.js'

export async function readGoBinary(
  file: { path: string; size: number; mode: number },
  content: Buffer
): Promise<GoBinaryFacts | undefined> {
  void file
  void content
  throw new Error('readGoBinary: not implemented yet')
}

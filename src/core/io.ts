/**
 * Writing files so that a reader sees the old file, the complete new file, or
 * nothing: never half a file. Each write goes to a temp file beside the target
 * (same directory, so the rename stays on one file system and is atomic) and is
 * renamed over the target; on any failure the temp file is removed and the
 * target is left as it was. The parent directory is created when missing.
 *
 * No fsync: none of the writers this replaced synced, and what they write
 * (summaries, manifests, SARIF, state for a later step) is rebuilt by running
 * the step again, so surviving a power cut is not worth a sync per file.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

/** `<file>.<pid>-<random>.tmp`: beside the target, unique per process and call. */
export function tempPathBeside(file: string): string {
  return `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`
}

/**
 * Runs `fill(temp)` to produce the file at a temp path beside `file`, then renames
 * it into place. When `fill` throws, the temp file is removed and the error rethrown.
 */
export async function writeThroughTemp<T>(
  file: string,
  fill: (temp: string) => Promise<T>
): Promise<T> {
  await mkdir(path.dirname(file), { recursive: true })
  const temp = tempPathBeside(file)
  try {
    const result = await fill(temp)
    await rename(temp, file)
    return result
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await writeThroughTemp(file, temp => writeFile(temp, data))
}

export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  writeFilesAtomicSync([{ file, data }])
}

/**
 * All or nothing for several files: every file is written to its temp path
 * first and the renames happen only once all writes succeeded.
 */
export function writeFilesAtomicSync(files: { file: string; data: string | Uint8Array }[]): void {
  const temps: string[] = []
  try {
    for (const { file, data } of files) {
      mkdirSync(path.dirname(file), { recursive: true })
      const temp = tempPathBeside(file)
      temps.push(temp)
      writeFileSync(temp, data)
    }
    files.forEach(({ file }, index) => renameSync(temps[index], file))
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true })
    throw error
  }
}

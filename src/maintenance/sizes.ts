import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

/** Files and bytes under a path (0 when it does not exist). Symlinks are not followed. */
export async function pathSize(target: string): Promise<{ files: number; bytes: number }> {
  let info
  try {
    info = await stat(target)
  } catch {
    return { files: 0, bytes: 0 }
  }
  if (info.isFile()) return { files: 1, bytes: info.size }
  if (!info.isDirectory()) return { files: 0, bytes: 0 }
  let files = 0
  let bytes = 0
  const entries = await readdir(target, { withFileTypes: true }).catch(() => [])
  for (const entry of entries) {
    if (entry.isSymbolicLink()) continue
    const inner = await pathSize(path.join(target, entry.name))
    files += inner.files
    bytes += inner.bytes
  }
  return { files, bytes }
}

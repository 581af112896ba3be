import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { ImportError } from './ImportError'

/**
 * The real path of `reference` (as written next to `file`), provided it lies inside `root` once every
 * symbolic link is followed: absolute paths, `../` that climbs out, and links pointing outside are
 * refused, so front matter cannot make the importer upload files from elsewhere on the machine.
 */
export async function confinedPath(root: string, baseDir: string, reference: string): Promise<string> {
  if (path.isAbsolute(reference)) {
    throw new ImportError('REFERENCE_OUTSIDE_FOLDER', `引用的文件必须写成导入文件夹内的相对路径，不能是绝对路径：${reference}`)
  }
  const real = await realpath(path.resolve(baseDir, reference)).catch(() => {
    throw new ImportError('MISSING_REFERENCE', `引用的文件不存在：${reference}`)
  })
  if (!isInside(await realpath(root), real)) {
    throw new ImportError(
      'REFERENCE_OUTSIDE_FOLDER',
      `引用的文件在导入的文件夹之外：${reference}。请把它放进导入的文件夹（${root}），或用 --root 指定包含它的文件夹`,
    )
  }
  return real
}

/** True when `candidate` is `root` itself or lies below it (both real, absolute paths). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

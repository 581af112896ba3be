import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { generatedFiles, generateFiles } from './codegen/generateFiles'
import { projectPaths } from './launcher/projectPaths'

// Part of `npm test`: fails when the committed generated files no longer match the Payload config.
const before = await Promise.all(generatedFiles.map((file) => readFile(file, 'utf8')))
generateFiles()
const after = await Promise.all(generatedFiles.map((file) => readFile(file, 'utf8')))
const stale = generatedFiles.filter((_, index) => before[index] !== after[index])
if (stale.length > 0) {
  const names = stale.map((file) => path.relative(projectPaths.root, file)).join('、')
  console.error(`生成文件与 Payload 配置不一致，已重新生成：${names}。请检查并提交这些文件。`)
  process.exit(1)
}
console.log('生成文件与 Payload 配置一致')

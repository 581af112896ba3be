import path from 'node:path'
import { getPayload } from 'payload'
import config from '../cms/src/payload.config'
import { prepareDatabase } from '../cms/src/seed/prepareDatabase'
import { readLauncherEnv } from './launcher/launcherEnv'
import { projectPaths } from './launcher/projectPaths'

// Run by the launcher as a child process, so Payload's memory is released before the apps start.
const env = readLauncherEnv()
const payload = await getPayload({ config })
const result = await prepareDatabase(payload, {
  contentDir: path.join(projectPaths.root, 'content'),
  admin: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD },
  sampleMemberPassword: env.SAMPLE_MEMBER_PASSWORD,
})
if (result.seeded) {
  const counts = Object.entries(result.counts ?? {}).map(([folder, count]) => `${folder} ${count}`)
  console.log(`空数据库：已载入示例内容（${counts.join('，')}），并创建管理员 ${result.admin?.email}`)
  if (result.admin?.generatedPassword) {
    console.log(`管理员初始密码（只显示这一次，请登录后修改）：${result.admin.generatedPassword}`)
  }
  const members = result.members
  if (members) {
    console.log(
      `示例成员 ${members.count} 人：党员账号 ${members.memberLoginId}，组织员账号 ${members.organizerLoginId}，密码均为 ${members.password}（只显示这一次；正式使用前请删除示例成员）`,
    )
  }
}
await payload.destroy()
process.exit(0)

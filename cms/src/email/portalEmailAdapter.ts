import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { PayloadEmailAdapter, SendEmailOptions } from 'payload'
import { env } from '../env'

/**
 * Sends Payload's e-mails (password reset) over SMTP when SMTP_URL is set; otherwise writes each
 * message as JSON to $PORTAL_DATA_DIR/outbox, so a machine without mail still works and tests can
 * read the link. Message bodies never reach the log: they carry reset tokens.
 */
export const portalEmailAdapter: PayloadEmailAdapter = ({ payload }) => {
  const from = parseFrom(env.MAIL_FROM)
  const transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null
  return {
    name: transport ? 'smtp' : 'outbox',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message: SendEmailOptions) => {
      if (transport) return transport.sendMail({ from: env.MAIL_FROM, ...message })
      const file = await writeToOutbox(message)
      payload.logger.info(`邮件未发送（未配置 SMTP_URL），已写入 ${file}`)
      return { file }
    },
  }
}

async function writeToOutbox(message: SendEmailOptions): Promise<string> {
  await mkdir(env.outboxDir, { recursive: true, mode: 0o700 })
  const file = path.join(env.outboxDir, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`)
  const { to, subject, html, text } = message
  await writeFile(file, JSON.stringify({ to, subject, html, text, writtenAt: new Date().toISOString() }, null, 2), { mode: 0o600 })
  return file
}

function parseFrom(value: string): { name: string; address: string } {
  const [, name, address] = /^(.*)<([^>]+)>$/.exec(value.trim()) ?? []
  return name !== undefined && address ? { name: name.trim(), address: address.trim() } : { name: '学习园地', address: value.trim() }
}

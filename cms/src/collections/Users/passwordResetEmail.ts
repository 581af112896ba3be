import { env } from '../../env'
import { escapeHtml } from '../../utilities/escapeHtml'

interface ResetEmailArgs {
  token?: string
  user?: { name?: string | null }
}

/** Subject of the password-reset e-mail. */
export function passwordResetSubject(): string {
  return '学习园地：重置密码'
}

/** The password-reset e-mail: a link to the portal's reset page, valid for one hour. */
export function passwordResetHtml(args?: ResetEmailArgs): string {
  const link = `${env.PORTAL_PUBLIC_URL}/reset-password?token=${encodeURIComponent(args?.token ?? '')}`
  const name = escapeHtml(args?.user?.name ?? '')
  return [
    `<p>${name ? `${name}，` : ''}您好：</p>`,
    '<p>我们收到了重置您在学习园地的登录密码的请求。请在 1 小时内点击下面的链接设置新密码：</p>',
    `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    '<p>如果这不是您本人的操作，请忽略本邮件，您的密码不会改变。</p>',
  ].join('\n')
}

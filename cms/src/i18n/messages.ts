/** Every message the CMS shows to people, in Simplified Chinese, keyed by stable code. */
export const messages = {
  'health.ok': '服务正常',
  'health.databaseDown': '数据库无法连接，请检查 PostgreSQL 是否在运行',
  'slug.invalid': '网址别名只能包含小写字母、数字和连字符（例如 study-notes-2026），长度 3–80',
  'organization.cycle': '上级组织不能是它自己或它的下级组织',
  'visibility.needsOrganizations': '可见范围为“指定组织”时，请至少选择一个组织',
  'duration.invalid': '时长格式应为 分:秒 或 时:分:秒，例如 45:00 或 1:05:30',
  'review.onlyReviewers': '只有审核人员或管理员可以通过或退回内容',
  'review.commentRequired': '退回内容时请填写审核意见，告诉编辑需要修改什么',
  'review.publishForbidden': '只有审核人员或管理员可以发布内容；编辑请先提交审核',
  'review.notApproved': '内容尚未审核通过，不能发布。请先提交审核，待审核人员通过后再发布',
  'policy.documentNumber': '文号格式应为“发文机关代字〔年份〕序号号”，例如 中发〔2019〕5号',
  'policy.effectiveBeforeIssued': '施行日期不能早于印发日期',
  'policy.selfRelation': '文件不能废止或修订它自己',
  'video.sourceRequired': '请上传视频文件或填写外部视频地址（二选一）',
  'media.typeNotAllowed':
    '不支持该文件类型。可上传：图片（JPG/PNG/WebP/GIF）、PDF、Word（.docx）、MP4 视频、MP3/M4A 音频、WebVTT 字幕（.vtt）',
  'members.fileType': '请上传 Excel（.xlsx）或 CSV（.csv）文件',
  'members.fileMissing': '请选择要导入的名单文件',
  'members.unreadable': '无法读取该文件：{reason}',
  'members.empty': '名单中没有数据行。第一行应为表头：姓名、账号、所在组织（可选：角色、初始密码）',
  'members.columnsMissing': '名单缺少必需的列：{columns}。第一行应为表头：姓名、账号、所在组织',
  'members.tooMany': '一次最多导入 {limit} 行，当前 {count} 行，请拆分后再导入',
  'members.nameRequired': '姓名不能为空',
  'members.loginIdInvalid': '账号应为邮箱，或 4–40 位字母、数字、下划线、点或连字符（如手机号 13800000001）',
  'members.roleInvalid': '角色只能是“党员/学员”或“组织员”',
  'members.passwordShort': '初始密码至少 8 个字符',
  'members.organizationUnknown': '找不到组织“{path}”。请按“党委/党总支/党支部”的层级填写已有组织的名称',
  'members.organizationAmbiguous': '组织名称“{path}”不唯一，请写出完整层级，例如 机关党委/第一党支部',
  'members.duplicateInFile': '账号与第 {row} 行重复',
  'members.exists': '账号“{loginId}”已存在',
  'members.createFailed': '创建失败：{reason}',
  'members.adminOnly': '只有管理员可以批量导入成员',
  'media.tooLarge': '文件太大：{kind}最大 {limit}，当前文件 {size}',
  'search.queryEmpty': '请输入要搜索的词语，例如“党建”或一句记得的原文',
  'search.queryTooLong': '搜索词太长：最多 {max} 个字，请缩短后再试',
  'search.invalidParams': '搜索条件有误：{problems}。请检查筛选条件和页码',
  'tracking.loginRequired': '请先登录：学习记录只为已登录的党员保存',
  'tracking.invalidBatch':
    '学习记录格式不正确：请求体应为 { events: [...] }，每条记录需有 id（UUID）、collection、itemId、occurredAt、activeSeconds、scrollPercent',
  'tracking.batchTooLarge': '一次提交的学习记录太多：每次最多 {maxEvents} 条，请分批提交',
  'tracking.unknownItem': '找不到要记录的学习内容（或您无权阅读它）：请检查 collection 和 itemId',
  'tracking.negativeSeconds': '学习时长不能为负数',
  'tracking.oversizedSeconds': '单条学习记录的时长过长：每条最多 {maxSeconds} 秒，请更频繁地发送',
  'tracking.invalidRange': '观看区间不正确：每个区间应为 [开始秒, 结束秒)，开始早于结束且不超过媒体时长',
  'tracking.futureTimestamp': '学习记录的时间晚于服务器当前时间：请检查设备时钟',
  'tracking.staleEvent': '学习记录太旧（超过 7 天），已不再接收',
  'tracking.exceedsWallClock': '学习时长超过了距上一条记录的实际时间，记录未被接收',
  'tracking.watchedExceedsTime': '观看的秒数超过了实际经过的时间，记录未被接收',
  'tracking.otherMember': '不能为其他用户提交学习记录',
  'tracking.unavailable': '学习记录暂时无法保存（数据库不可用），请稍后重试；已记录的内容不会丢失',
  'favorite.invalid': '收藏地址不正确：应为 /api/study/favorites/<内容类型>/<编号>，例如 /api/study/favorites/articles/12',
  'favorite.unknownItem': '找不到要收藏的内容（或您无权阅读它）',
} as const

/** A stable code for a user-facing message. */
export type MessageCode = keyof typeof messages

/** The Chinese text for a message code, with `{name}` placeholders filled in. */
export function t(code: MessageCode, values: Record<string, string | number> = {}): string {
  return messages[code].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

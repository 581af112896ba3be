'use client'
import { useAuth } from '@payloadcms/ui'
import type { User } from '@xuexi/contract/payload-types'
import { SheetImportPanel } from '../../sheets/SheetImportPanel'
import type { QuestionRowResult } from './importQuestions'

/** Above the question bank list (editors and admins): import questions from an Excel/CSV sheet and see what happened to every row. */
export function QuestionImportPanel() {
  const { user } = useAuth<User>()
  if (user?.role !== 'admin' && user?.role !== 'editor') return null
  return (
    <SheetImportPanel<QuestionRowResult>
      className="question-import"
      title="批量导入题目"
      intro={
        <>
          上传 Excel（.xlsx）或 CSV（UTF-8 或 GBK）：题型、题干、选项A–选项F、答案、解析、分类、难度，一次最多 1000 道、2 MB。
          导入的题目为“编辑中”的草稿，送审、审核通过并发布后才会出现在答题中。每行单独导入，出错的行不影响其他行。
          <a href="/api/questions/import-template">下载模板</a>
        </>
      }
      uploadUrl="/api/questions/import"
      chooseLabel="选择题目文件并导入"
      reportFileName="题目导入结果.csv"
      columns={[
        { header: '行号', cell: (row) => row.row },
        { header: '题干', cell: (row) => row.stem },
        { header: '结果', cell: (row) => (row.status === 'created' ? '已创建（草稿）' : '失败') },
        { header: '原因', cell: (row) => row.message ?? '' },
      ]}
    />
  )
}

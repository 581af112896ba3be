const megabyte = 1024 * 1024

/** What may be uploaded: by extension, with the MIME type stored and a size limit per kind. */
export const uploadRules = {
  '.jpg': { mimeType: 'image/jpeg', kind: '图片', maxBytes: 10 * megabyte },
  '.jpeg': { mimeType: 'image/jpeg', kind: '图片', maxBytes: 10 * megabyte },
  '.png': { mimeType: 'image/png', kind: '图片', maxBytes: 10 * megabyte },
  '.webp': { mimeType: 'image/webp', kind: '图片', maxBytes: 10 * megabyte },
  '.gif': { mimeType: 'image/gif', kind: '图片', maxBytes: 10 * megabyte },
  '.pdf': { mimeType: 'application/pdf', kind: 'PDF 文件', maxBytes: 50 * megabyte },
  '.docx': {
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    kind: 'Word 文件',
    maxBytes: 50 * megabyte,
  },
  '.mp4': { mimeType: 'video/mp4', kind: '视频', maxBytes: 1024 * megabyte },
  '.mp3': { mimeType: 'audio/mpeg', kind: '音频', maxBytes: 200 * megabyte },
  '.m4a': { mimeType: 'audio/mp4', kind: '音频', maxBytes: 200 * megabyte },
  '.vtt': { mimeType: 'text/vtt', kind: '字幕', maxBytes: 2 * megabyte },
} as const

/** Every MIME type the media library accepts. */
export const allowedMimeTypes = [...new Set(Object.values(uploadRules).map((rule) => rule.mimeType))]

/** The largest upload of any kind, for the HTTP body limit. */
export const largestUploadBytes = Math.max(...Object.values(uploadRules).map((rule) => rule.maxBytes))

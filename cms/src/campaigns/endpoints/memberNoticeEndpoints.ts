import type { Endpoint } from 'payload'
import { databaseOf } from '../../database/databaseOf'
import { cmsError } from '../../errors/cmsError'
import { markNoticeRead, memberNotices } from '../member/memberNotices'
import { privateJson } from './privateJson'

/** The signed-in member's own notices, on `/api/notices/mine` and `/api/notices/:id/read`. */
export const memberNoticeEndpoints: Endpoint[] = [
  {
    path: '/mine',
    method: 'get',
    handler: async (req) => {
      if (!req.user) throw cmsError('campaign.loginRequired', 401)
      return privateJson(await memberNotices(databaseOf(req.payload), req.user.id as number))
    },
  },
  {
    path: '/:id/read',
    method: 'post',
    handler: async (req) => {
      if (!req.user) throw cmsError('campaign.loginRequired', 401)
      const noticeId = Number(req.routeParams?.id)
      if (!Number.isSafeInteger(noticeId) || noticeId <= 0) throw cmsError('notice.notFound', 404)
      return privateJson(await markNoticeRead(databaseOf(req.payload), { memberId: req.user.id as number, noticeId }))
    },
  },
]

import type { TrackingRejection } from './TrackingRejection'

/** Thrown inside the recording transaction to roll it back when a heartbeat is not credible. */
export class TrackingRejected extends Error {
  constructor(readonly rejection: TrackingRejection) {
    super(rejection.code)
    this.name = 'TrackingRejected'
  }
}

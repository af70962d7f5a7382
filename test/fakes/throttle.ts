/**
 * Django REST Framework's SimpleRateThrottle, as RapidPro and Weni Flows run it
 * (encode/django-rest-framework rest_framework/throttling.py; RapidPro's OrgUserRateThrottle in
 * temba/api/support.py): per key, a log of the *accepted* requests of the last `duration`.
 * A request is allowed when, after dropping entries at or before `now - duration`, fewer than
 * `num_requests` remain; it is then logged. A refused request is not logged. The 429 carries
 * `Retry-After: ceil(wait())` (exceptions.Throttled rounds up), with
 * `wait() = remaining_duration / available_requests`,
 * `remaining_duration = duration - (now - oldest logged)` and
 * `available_requests = num_requests - len(history) + 1`: when the log is full, the time until
 * the oldest accepted request leaves the window. Not a token bucket, not a fixed window.
 */
export class SlidingLogThrottle {
	/** Accepted requests' times, newest first (DRF's `history`). */
	private history: number[] = [];

	constructor(
		readonly numRequests: number,
		readonly durationMs: number,
	) {}

	/** Undefined when the request is allowed (and logged); else the Retry-After in whole seconds. */
	allow(now = Date.now()): number | undefined {
		while (this.history.length && this.history[this.history.length - 1] <= now - this.durationMs)
			this.history.pop();
		if (this.history.length < this.numRequests) {
			this.history.unshift(now);
			return undefined;
		}
		const remaining = this.history.length
			? this.durationMs - (now - this.history[this.history.length - 1])
			: this.durationMs;
		const available = this.numRequests - this.history.length + 1;
		if (available <= 0) return undefined;
		return Math.ceil(remaining / available / 1000);
	}

	/**
	 * The least time N requests need through this throttle from an empty log, one round trip
	 * included: `(ceil(N / num_requests) - 1) × duration + roundTripMs`.
	 */
	minimumMs(requests: number, roundTripMs: number): number {
		return (Math.ceil(requests / this.numRequests) - 1) * this.durationMs + roundTripMs;
	}
}

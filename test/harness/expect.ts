import type { RecordedRequest } from '../fakes/server';
import type { RunResult } from './engine';
import type { ActiveTrigger } from './trigger';

/** What a provider bed records of the requests its fake received (see bed.ts). */
export interface Recorder {
	fake: { requests: RecordedRequest[] };
	/** Requests as `METHOD path`. */
	calls(): string[];
	last(): RecordedRequest;
}

type Ran = Pick<RunResult, 'error'>;

/**
 * The run succeeded and sent exactly `calls` (`METHOD path`, in order); when a
 * body is given, the last request carried exactly that body.
 */
export function expectSent(bed: Recorder, r: Ran, calls: string[], ...body: [unknown?]): void {
	expect(r.error).toBeUndefined();
	expect(bed.calls()).toEqual(calls);
	if (body.length > 0) expect(bed.last().body).toEqual(body[0]);
}

/** The run succeeded and its last request carried exactly `body`. */
export function expectBody(bed: Recorder, r: Ran, body: unknown): void {
	expect(r.error).toBeUndefined();
	expect(bed.last().body).toEqual(body);
}

/** The run failed with exactly `message` (field and item named) before any request was sent. */
export function expectRefused(bed: Recorder, r: Ran, message: string): void {
	expect(r.error?.message).toBe(message);
	expect(bed.fake.requests).toHaveLength(0);
}

/** The run's error shows no secret: the key is in none of its message, description and context. */
export function expectNoSecret(r: Ran, key: string): void {
	expect(
		JSON.stringify({ m: r.error?.message, d: r.error?.description, c: r.error?.context }),
	).not.toContain(key);
}

/** The run failed on an HTML page (a wrong Base URL) with `message`, and says so. */
export function expectHtmlPage(r: Ran, message: string): void {
	expect(r.error?.message).toBe(message);
	expect(r.error?.description).toMatch(/HTML page.*Base URL/);
}

/** A run over several items and pages gave `outputs` items in `requests` requests, reading the credential once. */
export function expectOneCredentialRead(
	bed: Recorder,
	r: Pick<RunResult, 'json' | 'credentialReads'>,
	outputs: number,
	requests: number,
): void {
	expect(r.json).toHaveLength(outputs);
	expect(bed.fake.requests).toHaveLength(requests);
	expect(r.credentialReads).toBe(1);
}

/** Each forged delivery (URL and optional raw body) of `payload` is answered with its status. */
export async function expectDeliveryStatuses(
	trigger: ActiveTrigger,
	payload: unknown,
	forged: Array<{ url: string; status: number; raw?: string }>,
): Promise<void> {
	for (const f of forged)
		expect([f.url, (await trigger.deliver(payload, { url: f.url, raw: f.raw })).status]).toEqual([
			f.url,
			f.status,
		]);
}

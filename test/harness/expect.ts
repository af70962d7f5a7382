import type { RecordedRequest } from '../fakes/server';
import type { RunResult } from './engine';

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

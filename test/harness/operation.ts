import type { IDataObject } from 'n8n-workflow';

import type { RunOptions, RunResult } from './engine';

interface Runs {
	run(parameters: IDataObject, options?: Partial<RunOptions>): Promise<RunResult>;
}

/**
 * A runner for one operation of the bed's node: `run('contact', 'get', { contactId })` runs the
 * node with resource `contact`, operation `get` and those parameters (and run options, if given).
 */
export const operationRunner =
	(bed: Runs) =>
	(
		resource: string,
		operation: string,
		parameters: IDataObject = {},
		options: Partial<RunOptions> = {},
	): Promise<RunResult> =>
		bed.run({ resource, operation, ...parameters }, options);

/** An operation's parameters, resource and operation included. */
export type OperationParams = IDataObject & { resource: string; operation: string };

/** An operation's parameters: `opParams('contact', 'get', { contactId })`. */
export const opParams = (
	resource: string,
	operation: string,
	parameters: IDataObject = {},
): OperationParams => ({ resource, operation, ...parameters });

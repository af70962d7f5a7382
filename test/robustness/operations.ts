import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../harness/engine';
import { pkg, type } from '../harness/package';
import type { Figures } from './matrix';
import { secretsIn, sendsValidItem, visibleText } from './matrix';
import type { OperationCase, ProviderCases } from './types';

const WORDS = 'fault-400-words';

/**
 * Every operation case run as a user would meet a provider fault: the provider refusing the
 * operation's requests (400, in its own error body) stops the run with a NodeApiError
 * carrying the provider's words and no secret, and with Continue On Fail makes the item an
 * error item with those words instead. Where the bad-input matrix never sends a valid item,
 * the case's valid parameters must also succeed against the fake (a case that cannot run
 * would otherwise pass unnoticed).
 */
export async function operationMatrix(cases: ProviderCases, figures: Figures): Promise<void> {
	/** The stored credential, with the case's own key where it needs another (a partner key). */
	const credentials = (op: OperationCase) => {
		const data = cases.credentials(cases.fake.baseUrl);
		for (const [name, value] of Object.entries(data))
			if (value === cases.key && op.key) data[name] = op.key;
		return { [cases.credentialType]: data };
	};
	const run = (op: OperationCase, continueOnFail = false) =>
		runNode(pkg, {
			type: type(cases.nodeType),
			parameters: op.params,
			credentials: credentials(op),
			items: op.items,
			continueOnFail,
		});
	const problem = (text: string) => {
		figures.unclearErrors++;
		figures.problems.push(text);
	};

	for (const op of cases.operations) {
		for (const continueOnFail of [false, true]) {
			figures.faultCases++;
			cases.fake.requests.length = 0;
			// Every request refused, so an operation that tries a second form (another casing, an
			// older event name) meets the fault there too.
			cases.fake.failNext({ status: 400, body: cases.errorBody(400, WORDS) }, 1000);
			const result = await run(op, continueOnFail);
			cases.fake.clearFaults();
			figures.leakedSecrets += secretsIn(visibleText(result), [cases.key, op.key ?? '']);
			const where = `${op.name}${continueOnFail ? ' (Continue On Fail)' : ''}: 400`;
			if (!cases.fake.requests.length) problem(`no request sent: ${where}`);
			else if (continueOnFail) {
				const first = result.json[0] as IDataObject | undefined;
				if (result.error || !JSON.stringify(first?.error ?? '').includes(WORDS))
					problem(`no error item with the provider's words: ${where}: ${visibleText(result)}`);
				else figures.clearErrors++;
			} else if (
				result.error?.name !== 'NodeApiError' ||
				!`${result.error.message} ${result.error.description}`.includes(WORDS)
			) {
				problem(`not a NodeApiError with the provider's words: ${where}: ${visibleText(result)}`);
			} else figures.clearErrors++;
		}
		if (sendsValidItem(op) || op.firstItemOnly) continue;
		figures.faultCases++;
		const result = await run(op);
		if (result.error) problem(`valid parameters failed: ${op.name}: ${result.error.message}`);
		else figures.clearErrors++;
	}
}

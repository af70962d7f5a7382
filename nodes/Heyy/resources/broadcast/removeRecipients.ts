import { recipientsOperation } from './common';

export const removeRecipients = recipientsOperation(
	'remove',
	'Remove recipients from a broadcast',
	'Remove recipients from a broadcast',
	'IDs of the recipients to remove, as Get Many Recipients returns them, separated by commas, or an expression that returns an array',
);

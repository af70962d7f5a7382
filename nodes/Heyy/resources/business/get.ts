import { records } from '../../operations';

export const get = records.get(
	'Get the business',
	'Get the workspace (business) the API key belongs to: name, timezone, IDs',
	[],
	() => '/business',
);

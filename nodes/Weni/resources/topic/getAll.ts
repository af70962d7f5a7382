import type { OperationDef } from '../../../shared/operation';
import { returnAllOrLimit } from '../../../shared/operation';
import { cursor, endpoint } from '../../provider';

/**
 * TopicsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows): active topics,
 * newest first (CreatedOnCursorPagination), no filters. Rows: TopicReadSerializer uuid, name,
 * created_on (RapidPro adds counts and system).
 */
export const getAll: OperationDef = {
	value: 'getAll',
	name: 'Get Many',
	action: 'Get many ticket topics',
	description: 'List the topics tickets can be filed under',
	properties: [...returnAllOrLimit()],
	run: async (op) => await op.list({ method: 'GET', path: endpoint('topics') }, cursor),
};

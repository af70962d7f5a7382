import { cursorGetMany } from '../../operations';

/**
 * TopicsEndpoint, temba/api/v2/views.py (nyaruka/rapidpro and weni-ai/flows): active topics,
 * newest first (CreatedOnCursorPagination), no filters. Rows: TopicReadSerializer uuid, name,
 * created_on (RapidPro adds counts and system).
 */
export const getAll = cursorGetMany({
	action: 'Get many ticket topics',
	description: 'List the topics tickets can be filed under',
	endpoint: 'topics',
});

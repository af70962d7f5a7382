import { afterField, beforeField, uuidFilter } from '../../descriptions';
import { addDateRange, uuidQuery } from '../../readers';
import { cursorGetMany } from '../../operations';

/**
 * TemplatesEndpoint.filter_queryset, weni-ai/flows temba/api/v2/views.py: templates with an
 * active translation of `status` (a TemplateTranslation.STATUS_CHOICES code, temba/templates/
 * models.py; "A" when absent), filters `uuid`, `name`, `before`/`after` on modified_on;
 * ModifiedOnCursorPagination. Rows (TemplateReadSerializer, serializers.py): uuid, name,
 * translations [{language, content, namespace, variable_count, status, channel}], created_on,
 * modified_on. RapidPro routes no templates endpoint (its urls.py).
 */
const STATUSES = ['A', 'S', 'I', 'L', 'T', 'P', 'E', 'R', 'U'];

export const getAll = cursorGetMany({
	action: 'Get many WhatsApp templates',
	description:
		'List the WhatsApp templates synced to the workspace, with their translations (Weni Flows)',
	endpoint: 'templates',
	flowsOnly: 'WhatsApp templates',
	filters: [
		afterField,
		beforeField,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			placeholder: 'welcome_message',
			description: "Only the template with this name, exactly as in WhatsApp's template manager",
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'A',
			description:
				'Only templates with a translation in this status (approved when not set, as Weni does); each template still lists all its active translations, whatever their status',
			// The endpoint's docstring names A, P, R and U; the others are TemplateTranslation.STATUS_CHOICES
			// (L is both "locked" and "limit_exceeded" there). D (deleted) is left out: deleted translations
			// are inactive, and the endpoint lists active ones only (guess from filter_queryset).
			options: [
				{ name: 'Approved', value: 'A' },
				{ name: 'Disabled', value: 'S' },
				{ name: 'In Appeal', value: 'I' },
				{ name: 'Locked or Limit Exceeded', value: 'L' },
				{ name: 'Paused', value: 'T' },
				{ name: 'Pending', value: 'P' },
				{ name: 'Pending Deletion', value: 'E' },
				{ name: 'Rejected', value: 'R' },
				{ name: 'Unsupported Language', value: 'U' },
			],
		},
		uuidFilter('Template'),
	],
	query: (p, filters, qs) => {
		// Template.name: CharField(max_length=512) (weni-ai/flows temba/templates/models.py).
		const name = p.checkText('name', filters.name, { maxLength: 512 });
		if (name) qs.name = name;
		const status = p.checkText('status', filters.status, { oneOf: STATUSES });
		if (status) qs.status = status;
		uuidQuery(p, filters, qs);
		addDateRange(p, filters, qs);
	},
});

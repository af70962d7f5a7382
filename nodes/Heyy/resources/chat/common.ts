import { locator } from '../../descriptions';

/** A chat of the chosen channel: listed from GET /{channelId}/chats (docs.heyy.io/api-reference/get-chats). */
export const chatIdField = locator({
	displayName: 'Chat',
	name: 'chatId',
	searchMethod: 'searchChats',
	description: 'The chat (conversation), as listed for the channel or given by the Heyy Trigger',
	dependsOn: ['channelId.value'],
});

/* eslint-disable @n8n/community-nodes/no-restricted-globals */
// n8n-core's own logger (winston) writes every node error to the console;
// tests read errors from the run data instead.
process.env.N8N_LOG_LEVEL = 'silent';

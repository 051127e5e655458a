import { serveParseRequests } from '@/lib/jobs/offscreen-parser';

// Chrome's offscreen document (reason DOM_PARSER): parses pages the background reads.
serveParseRequests();

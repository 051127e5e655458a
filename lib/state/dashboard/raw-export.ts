import { rawDatabaseDump } from '@/lib/db/raw-export';
import { downloadText } from '@/lib/tab/download';
import { errorText } from '@/lib/text/error-text';

/** Downloads the raw database as JSON; resolves to a sentence for the user. */
export async function exportRawData(now = new Date()): Promise<string> {
  try {
    const text = await rawDatabaseDump(now);
    downloadText(`linkscout-raw-${now.toISOString().slice(0, 10)}.json`, text, 'application/json');
    return 'The raw data was saved as a JSON file.';
  } catch (error) {
    return `The raw data could not be read: ${errorText(error)}`;
  }
}

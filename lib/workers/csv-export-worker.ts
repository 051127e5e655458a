// A dedicated worker that writes one slice of the prospects CSV (lib/workers/csv-slice.ts).
import { runCsvSlice, sharedConnection, type CsvSliceMessage, type CsvSliceRequest } from '@/lib/workers/csv-slice';

const scope = self as unknown as { onmessage: ((event: MessageEvent<CsvSliceRequest>) => void) | null; postMessage: (message: CsvSliceMessage) => void };
const connect = sharedConnection();
scope.onmessage = (event) => void runCsvSlice(event.data, (message) => scope.postMessage(message), connect);

import type { CsvWorker } from '@/lib/workers/csv-workers';
import { runCsvSlice, sharedConnection, type CsvSliceMessage, type CsvSliceRequest } from '@/lib/workers/csv-slice';

/** A stand-in for a dedicated worker: runs the worker's code in this thread, answering asynchronously. */
export class FakeWorker implements CsvWorker {
  onmessage: ((event: MessageEvent<CsvSliceMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: CsvSliceRequest[] = [];
  private readonly connect = sharedConnection();
  constructor(private readonly tamper: (message: CsvSliceMessage, worker: FakeWorker) => CsvSliceMessage = (m) => m) {}
  postMessage(request: CsvSliceRequest): void {
    this.requests.push(request);
    void runCsvSlice(request, (message) => {
      const sent = this.tamper(message, this);
      setTimeout(() => !this.terminated && this.onmessage?.({ data: sent } as MessageEvent<CsvSliceMessage>), 0);
    }, this.connect);
  }
  terminate(): void {
    this.terminated = true;
  }
}

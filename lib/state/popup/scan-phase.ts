import type { TabScanResult } from '@/lib/tab/scan-core';
import type { PopupPhase } from './state';

const PDF_MESSAGE = "This is a PDF shown in the browser's viewer. Linkscout scans web pages, not PDF files.";

/** The popup's phase for the outcome of scanning its tab. */
export function scanPhase(result: TabScanResult): PopupPhase {
  if (result.ok) {
    return /pdf/i.test(result.scan.contentType)
      ? { phase: 'restricted', kind: 'pdf', message: PDF_MESSAGE }
      : { phase: 'ready', scan: result.scan, tabId: result.tabId };
  }
  if (result.problem.kind === 'error') return { phase: 'error', message: result.problem.message };
  return { phase: 'restricted', kind: result.problem.kind, message: result.problem.message };
}

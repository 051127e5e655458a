/** Saves a Blob as a file through a temporary object URL (no downloads permission needed). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the URL after this task ends; revoking at once could cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Saves text as a file. */
export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

import { render } from 'preact';
import { ResultsApp } from '@/components/popup/results/ResultsApp';
import { createSerpPopup } from '@/lib/state/popup/serp-popup';
import { qualifyFromResults } from '@/lib/state/popup/serp-qualify';
import type { TargetTab } from '@/lib/tab/scan-core';
import { loadSerpSettings, saveSerpSettings } from '@/lib/settings/serp-store';
import { registrableDomain } from '@/lib/url/domain';
import { db } from '@/lib/db/instance';
import { send } from '@/lib/messages';

// The popup on a search results page, loaded only there (the page scan does not need it).
export function showResults(tab: TargetTab, openSettings: () => void, openDashboard: (hash?: string) => void): Promise<void> {
  const resume = () => send({ type: 'resume-reads' });
  const serp = createSerpPopup(tab, { db, domainOf: registrableDomain, loadSettings: loadSerpSettings, saveSettings: saveSerpSettings, openSettings, qualify: (rows, query, engine) => qualifyFromResults(db, rows, { query, engine }, openDashboard, resume) });
  render(<ResultsApp state={serp.state} actions={serp.controller} />, document.getElementById('app')!);
  return serp.controller.start();
}

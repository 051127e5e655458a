import { browser } from 'wxt/browser';

type Reply = { ok: true; value: { domains: unknown } };

function domainsIn(reply: unknown, count: number): string[] | null {
  if (!reply || typeof reply !== 'object' || (reply as Reply).ok !== true) return null;
  const domains = (reply as Reply).value?.domains;
  return Array.isArray(domains) && domains.length === count && domains.every((d) => typeof d === 'string') ? domains : null;
}

/**
 * Registrable domains of hosts ("blog.example.co.uk" → "example.co.uk"), in order. The background
 * answers from the Public Suffix List it already holds (lib/messages `answerDomains`), so the popup
 * shows its links without loading the list; when the background cannot answer, the list is loaded
 * here (lib/url/domain) and gives the same result.
 */
export async function registrableDomains(hosts: readonly string[]): Promise<string[]> {
  if (hosts.length === 0) return [];
  try {
    const domains = domainsIn(await browser.runtime.sendMessage({ type: 'registrable-domains', names: hosts }), hosts.length);
    if (domains) return domains;
  } catch (error) {
    console.warn('Linkscout: the background did not answer a domain lookup; looking it up here', error);
  }
  const { registrableDomain } = await import('@/lib/url/domain');
  return hosts.map(registrableDomain);
}

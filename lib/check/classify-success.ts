import { readsNotFound, titleOf } from '@/lib/check/page-text';
import { parkedReason } from '@/lib/check/parked';
import { statusLabel, withEvidence } from '@/lib/check/reason-text';
import type { Classification, MethodResult, Observation } from '@/lib/check/types';
import { registrableDomain } from '@/lib/url/domain';

const HOME_PATH = /^\/(index\.(html?|php|aspx?))?$/i;

function isHome(url: URL): boolean {
  return HOME_PATH.test(url.pathname) && url.search === '';
}

/** A 2xx answer: ok, unless where it ended or what it says shows the page is gone. */
export function classifySuccess(result: MethodResult, status: number, obs: Observation): Classification {
  const make = (cls: Classification['class'], reason: string): Classification => ({ class: cls, reason: withEvidence(reason, obs), httpStatus: status });
  const label = statusLabel(status);

  const parked = parkedReason(obs.finalUrl, obs.hops, result.body);
  if (parked) return make('parked', `${label}, but a parked or for-sale domain: ${parked}`);

  if (obs.hops.length > 0 && obs.finalUrl) {
    const from = new URL(obs.url);
    const to = new URL(obs.finalUrl);
    const target = registrableDomain(obs.finalUrl);
    if (target !== registrableDomain(obs.url)) {
      return make('redirected', `ends ${label} on another site (${target})${isHome(to) && !isHome(from) ? ', its home page' : ''}`);
    }
    if (!isHome(from) && isHome(to)) return make('redirected', `a deep URL redirected to the home page, often a removed page (${label})`);
  }

  if (readsNotFound(result.body)) {
    const title = titleOf(result.body);
    const probe = obs.probe;
    const probeAgrees = probe?.status != null && probe.status >= 200 && probe.status < 300
      && (readsNotFound(probe.body) || (title !== '' && titleOf(probe.body) === title));
    if (probeAgrees) {
      return make('soft-404', `${label}, but the page reads "not found"${title ? ` ("${title}")` : ''} and a random path on the same host answers the same`);
    }
    const why = probe ? `a random path answers ${probe.status ?? probe.error ?? 'differently'}` : 'no probe was made';
    return make('ok', `${label}; the page reads like "not found" but it is not confirmed (${why})`);
  }

  return make('ok', obs.hops.length > 0 ? `${label} after same-site redirects` : label);
}

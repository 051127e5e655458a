import type { ComposeRoute } from '@/lib/schemas/outreach';
import { gmailComposeUrl, outlookComposeUrl, planWebCompose, type OutlookKind } from './compose-urls';
import { planMailto } from './mailto';
import { formatCount } from '@/lib/text/numbers';

export interface MailAccount {
  gmailAccount: string;
  outlook: OutlookKind;
}

/** What pressing a compose button does: open a URL (maybe with the body copied), or only copy. */
export type RoutePlan =
  | { route: ComposeRoute; kind: 'open'; url: string; clipboard: null; note: string }
  | { route: ComposeRoute; kind: 'open'; url: string; clipboard: string; note: string }
  | { route: ComposeRoute; kind: 'copy'; clipboard: string; note: string }
  | { route: ComposeRoute; kind: 'unavailable'; note: string };

const LABELS: Record<ComposeRoute, string> = { gmail: 'Gmail', outlook: 'Outlook', mailto: 'your mail app', copy: 'the clipboard' };

/** Plans every compose route for one message. Copy always works; the others follow the length rules. */
export function planRoutes(to: string, subject: string, body: string, account: MailAccount): RoutePlan[] {
  const plans: RoutePlan[] = [];
  const web = {
    gmail: planWebCompose((b) => gmailComposeUrl(account.gmailAccount, to, subject, b), body, 'Gmail'),
    outlook: planWebCompose((b) => outlookComposeUrl(account.outlook, to, subject, b), body, 'Outlook'),
    mailto: planMailto(to, subject, body),
  } as const;
  for (const route of ['gmail', 'outlook', 'mailto'] as const) {
    const plan = web[route];
    if (plan.kind === 'full') plans.push({ route, kind: 'open', url: plan.url, clipboard: null, note: `Opens ${LABELS[route]} with the message filled in.` });
    else if (plan.kind === 'subject-only') {
      plans.push({
        route,
        kind: 'open',
        url: plan.url,
        clipboard: plan.clipboard,
        note: `The message is too long for a ${LABELS[route]} link (${formatCount(plan.length)} characters): it opens with the subject, and the body is copied — paste it in.`,
      });
    } else plans.push({ route, kind: 'unavailable', note: plan.message });
  }
  plans.push({ route: 'copy', kind: 'copy', clipboard: `Subject: ${subject}\n\n${body}`, note: 'Copies the subject and body.' });
  return plans;
}

/** True when no link can carry the body: every link route needs the clipboard or is unavailable. */
export function bodyFitsNoLink(plans: readonly RoutePlan[]): boolean {
  return plans.every((p) => p.route === 'copy' || p.kind !== 'open' || p.clipboard !== null);
}

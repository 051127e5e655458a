import type { RoutePlan } from '@/lib/outreach/routes';

const LABELS = { gmail: 'Open in Gmail', outlook: 'Open in Outlook', mailto: 'Open in mail app', copy: 'Copy subject and body' } as const;

interface Props {
  plans: readonly RoutePlan[];
  /** When true nothing may be opened or copied (the message has problems). */
  disabled: boolean;
  onUse: (plan: RoutePlan) => void;
}

/** One control per compose route: real links for the web mail and mail-app routes, a button for copying. */
export function ComposeRoutes({ plans, disabled, onUse }: Props) {
  return (
    <div class="compose-routes" role="group" aria-label="Compose with">
      {plans.map((plan) => {
        const label = LABELS[plan.route];
        if (plan.kind === 'open' && !disabled) {
          const web = plan.route !== 'mailto';
          return (
            <a
              key={plan.route}
              class="button-link"
              href={plan.url}
              target={web ? '_blank' : undefined}
              rel={web ? 'noopener noreferrer' : undefined}
              title={plan.note}
              data-route={plan.route}
              onClick={() => onUse(plan)}
            >
              {label}
            </a>
          );
        }
        return (
          <button key={plan.route} type="button" disabled={disabled || plan.kind === 'unavailable'} title={plan.note} data-route={plan.route} onClick={() => onUse(plan)}>
            {label}
          </button>
        );
      })}
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { DashboardApi } from './api';
import { CampaignRow } from './CampaignRow';

/** Campaigns: create, rename and delete, each with its number of prospects. */
export function CampaignsView({ app }: { app: DashboardApi }) {
  const { state } = app;
  const { campaigns } = app.actions;
  const [name, setName] = useState('');
  useEffect(() => campaigns.watch(), [campaigns]);
  const counts = campaigns.counts.value;
  const list = state.campaigns.value;
  return (
    <section class="campaigns" aria-labelledby="campaigns-title">
      <h2 id="campaigns-title">Campaigns</h2>
      <p class="transfer-status done" role="status">
        {campaigns.message.value}
      </p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void campaigns.create(name).then((ok) => ok && setName(''));
        }}
      >
        <label for="new-campaign">New campaign</label>
        <input id="new-campaign" value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder="e.g. Spring outreach" required />
        <button type="submit" class="primary">
          Create campaign
        </button>
      </form>
      {list.length === 0 ? (
        <p class="dash-state" data-testid="campaigns-empty">
          No campaigns yet. Create one here, or from the bulk bar when prospects are selected.
        </p>
      ) : (
        <ul class="campaign-list">
          {list.map((c) => (
            <CampaignRow
              key={c.id}
              campaign={c}
              count={counts === null ? null : (counts.get(c.id) ?? 0)}
              onRename={(next) => campaigns.rename(c.id, next)}
              onDelete={() => campaigns.remove(c.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

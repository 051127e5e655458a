const SHOWN = ['nofollow', 'sponsored', 'ugc'] as const;

/** The rel flags that matter for link value, as badges. */
export function RelBadges({ rel }: { rel: readonly string[] }) {
  const flags = SHOWN.filter((t) => rel.includes(t));
  if (flags.length === 0) return null;
  return (
    <>
      {flags.map((f) => (
        <span key={f} class={`badge ${f}`} title={`rel="${f}"`}>
          {f}
        </span>
      ))}
    </>
  );
}

import { useEffect, useState } from 'preact/hooks';

/**
 * How many of a list's `count` items to render: at first, only `first` of them (about a screenful),
 * then all, once that first frame has been painted. A table's first paint costs in proportion to its
 * rows (building them, then style and layout), and the rows below the fold need not hold it up.
 * The list renders whole from then on, for the life of the component.
 */
export function useFirstScreen(count: number, first: number): number {
  const [whole, setWhole] = useState(count <= first);
  useEffect(() => {
    if (whole) return undefined;
    // A message posted from an animation frame is handled after that frame's style, layout and paint.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => setWhole(true);
    const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    return () => {
      cancelAnimationFrame(frame);
      channel.port1.close();
    };
  }, [whole]);
  return whole ? count : Math.min(count, first);
}

import { useEffect, useState } from 'preact/hooks';

type PasteNoticeProps = Parameters<typeof import('./PasteNotice').PasteNotice>[0];

/**
 * The paste box, loaded only when shown: it pulls in the detector (the
 * largest chunk of the popup and of the appeal editor), which neither page
 * needs for its first content.
 */
export function LazyPasteNotice(props: PasteNoticeProps) {
  const [Loaded, setLoaded] = useState<typeof import('./PasteNotice').PasteNotice>();
  useEffect(() => {
    import('./PasteNotice').then((m) => setLoaded(() => m.PasteNotice), () => undefined);
  }, []);
  return Loaded ? <Loaded {...props} /> : null;
}

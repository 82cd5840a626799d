import { useAppStore } from '../store/StoreContext';

/** A dataset that could not be loaded: said plainly, never replaced by the default data. */
export function ErrorAlert() {
  const error = useAppStore((s) => s.error);
  if (!error) return null;
  return (
    <div className="error-alert" role="alert">
      <h2>The timeline could not be loaded</h2>
      <p>{error}</p>
      <p>
        <a href="?">Open the default timeline instead</a>
      </p>
    </div>
  );
}

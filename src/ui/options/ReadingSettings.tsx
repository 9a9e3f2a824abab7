// Reading settings on the options page: the same storage items the popup switches, plus the
// full list of sites where Factmark is off, which the popup (one site at a time) cannot show.
import { useState } from 'preact/hooks';
import { disabledSitesSetting, enabledSetting, onlyProblemsSetting } from '../../settings';
import { useSetting } from '../use-setting';

/** "https://www.example.com/path" or "example.com" -> "example.com"; null when it is not a host name. */
export function siteOf(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  let host = raw;
  try {
    host = new URL(raw.includes('://') ? raw : `https://${raw}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '');
  // A name with a dot (example.com) or an IPv4 address (a local server); not "localhost".
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) ? host : null;
}

export function ReadingSettings() {
  const [enabled, setEnabled] = useSetting(enabledSetting);
  const [onlyProblems, setOnlyProblems] = useSetting(onlyProblemsSetting);
  const [sites, setSites] = useSetting(disabledSitesSetting);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  const add = (e: Event) => {
    e.preventDefault();
    const site = siteOf(draft);
    if (!site) return setError(`“${draft}” is not a site address, e.g. example.com`);
    setError('');
    setDraft('');
    if (!(sites ?? []).includes(site)) void setSites([...(sites ?? []), site].sort());
  };

  return (
    <section aria-labelledby="reading-heading">
      <h2 id="reading-heading">Reading</h2>
      <p>
        <label>
          <input type="checkbox" checked={enabled ?? true} onChange={(e) => void setEnabled(e.currentTarget.checked)} /> Check the pages I
          read
        </label>
      </p>
      <p>
        <label>
          <input type="checkbox" checked={onlyProblems ?? false} onChange={(e) => void setOnlyProblems(e.currentTarget.checked)} /> Show
          only problems (outdated and contradicted), not supported claims and context
        </label>
      </p>
      <h3>Sites where Factmark is off</h3>
      {sites && sites.length > 0 ? (
        <ul class="sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button type="button" onClick={() => void setSites(sites.filter((s) => s !== site))} aria-label={`Turn back on for ${site}`}>
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="detail">None. Turn it off for a site from the toolbar popup, or add one here.</p>
      )}
      <form class="setting" onSubmit={add}>
        <label>
          Turn off for a site
          <input
            type="text"
            value={draft}
            placeholder="example.com"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby="site-error"
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>
        <button type="submit">Add</button>
      </form>
      <p id="site-error" class="reason" role="alert">
        {error}
      </p>
    </section>
  );
}
